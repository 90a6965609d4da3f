package dev.scaleswell.benchmarks.etl;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The curate benchmark's data generator (bin/bench-etl): {@code GenerateRawSubmissions
 * BUCKET_DIR RECORDS PER_OBJECT} writes RECORDS valid submissions as gzip JSON lines,
 * PER_OBJECT to an object, under BUCKET_DIR/raw/submissions/dt=2026-12-01/hour=HH/ with
 * the raw zone's key names, as ingest-service writes them: 50,000 distinct warriors
 * (names of 2 to 3 words, some with accents), ages 13-100, heroes from the catalog, ids
 * UUIDv7 (as ingest assigns them), receivedAt spread over the day. Fixed seed: the same
 * input every run. Prints the total uncompressed JSON size in bytes.
 */
public final class GenerateRawSubmissions {

	private static final String[] FIRST = { "Ada", "Grace", "Linus", "Margaret", "Alan", "Edsger", "Barbara", "Ken",
			"Dennis", "Frances", "Hedy", "Katherine", "Dorothy", "Niklaus", "Bjarne", "José", "Zoë", "Émile", "Søren",
			"Ingrid" };

	private static final String[] LAST = { "Lovelace", "Hopper", "Torvalds", "Hamilton", "Turing", "Dijkstra", "Liskov",
			"Thompson", "Ritchie", "Allen", "Lamarr", "Johnson", "Vaughan", "Wirth", "Stroustrup", "Núñez", "O'Brien",
			"Åberg", "Müller", "Kowalski" };

	private GenerateRawSubmissions() {
	}

	public static void main(String[] args) throws IOException {
		Path root = Path.of(args[0]);
		int records = Integer.parseInt(args[1]);
		int perObject = Integer.parseInt(args[2]);
		List<String> heroes = RawObjects.heroNames();
		SplittableRandom random = new SplittableRandom(42);
		long dayStart = RawObjects.DAY_START.toEpochMilli();
		long spacingMillis = 86_400_000L / records;
		long uncompressed = 0;
		int objects = (records + perObject - 1) / perObject;
		for (int object = 0; object < objects; object++) {
			int first = object * perObject;
			int count = Math.min(perObject, records - first);
			StringBuilder lines = new StringBuilder(count * 120);
			for (int i = first; i < first + count; i++) {
				int warrior = random.nextInt(50_000);
				String name = FIRST[warrior % FIRST.length] + " " + LAST[(warrior / 20) % LAST.length]
						+ ((warrior >= 400) ? " " + warrior : "");
				lines.append("{\"id\":\"")
					.append(RawObjects.uuidV7(dayStart + i * spacingMillis, random))
					.append("\",\"receivedAt\":\"")
					.append(RawObjects.DAY_START.plusMillis(i * spacingMillis))
					.append("\",\"name\":\"")
					.append(name.replace("\"", "\\\""))
					.append("\",\"age\":")
					.append(13 + random.nextInt(88))
					.append(",\"hero\":\"")
					.append(heroes.get(random.nextInt(heroes.size())))
					.append("\"}\n");
			}
			uncompressed += RawObjects.write(root,
					RawObjects.DAY_START.plusMillis((first + count) * spacingMillis + 50), object, lines);
		}
		System.out.println(uncompressed);
	}

}

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

/**
 * The etl benchmark's data generator (JDK only: {@code java GenerateRawSubmissions.java
 * DIR RECORDS PER_OBJECT HEROES_CSV}). Writes RECORDS valid submissions as gzip JSON
 * lines, PER_OBJECT to an object, under DIR/raw/submissions/dt=2026-12-01/hour=HH/ with
 * the raw zone's key names, as ingest-service writes them: 50,000 distinct warriors
 * (names of 2 to 3 words, some with accents), ages 13-100, heroes from the catalog, ids
 * UUIDv7 (as ingest assigns them), receivedAt spread over the day. Fixed seed: the same input every run.
 * Prints the total uncompressed JSON size in bytes.
 */
public final class GenerateRawSubmissions {

	private static final String[] FIRST = { "Ada", "Grace", "Linus", "Margaret", "Alan", "Edsger", "Barbara", "Ken",
			"Dennis", "Frances", "Hedy", "Katherine", "Dorothy", "Niklaus", "Bjarne", "José", "Zoë", "Émile", "Søren",
			"Ingrid" };

	private static final String[] LAST = { "Lovelace", "Hopper", "Torvalds", "Hamilton", "Turing", "Dijkstra",
			"Liskov", "Thompson", "Ritchie", "Allen", "Lamarr", "Johnson", "Vaughan", "Wirth", "Stroustrup", "Núñez",
			"O'Brien", "Åberg", "Müller", "Kowalski" };

	public static void main(String[] args) throws IOException {
		Path root = Path.of(args[0]);
		int records = Integer.parseInt(args[1]);
		int perObject = Integer.parseInt(args[2]);
		List<String> heroes = Files.readAllLines(Path.of(args[3]))
			.stream()
			.filter((line) -> !line.startsWith("#") && !line.startsWith("name,") && !line.isBlank())
			.map((line) -> line.substring(0, line.indexOf(',')))
			.toList();
		SplittableRandom random = new SplittableRandom(42);
		Instant dayStart = Instant.parse("2026-12-01T00:00:00Z");
		long spacingMillis = 86_400_000L / records;
		long uncompressed = 0;
		int objects = (records + perObject - 1) / perObject;
		for (int object = 0; object < objects; object++) {
			int first = object * perObject;
			int count = Math.min(perObject, records - first);
			Instant writtenAt = dayStart.plusMillis((first + count) * spacingMillis + 50);
			ByteArrayOutputStream bytes = new ByteArrayOutputStream(count * 40);
			try (OutputStream gzip = new GZIPOutputStream(bytes, 65536)) {
				StringBuilder lines = new StringBuilder(count * 120);
				for (int i = first; i < first + count; i++) {
					int warrior = random.nextInt(50_000);
					String name = FIRST[warrior % FIRST.length] + " " + LAST[(warrior / 20) % LAST.length]
							+ ((warrior >= 400) ? " " + warrior : "");
					lines.append("{\"id\":\"")
						.append(uuidV7(dayStart.toEpochMilli() + i * spacingMillis, random))
						.append("\",\"receivedAt\":\"")
						.append(dayStart.plusMillis(i * spacingMillis))
						.append("\",\"name\":\"")
						.append(name.replace("\"", "\\\""))
						.append("\",\"age\":")
						.append(13 + random.nextInt(88))
						.append(",\"hero\":\"")
						.append(heroes.get(random.nextInt(heroes.size())))
						.append("\"}\n");
				}
				byte[] utf8 = lines.toString().getBytes(StandardCharsets.UTF_8);
				uncompressed += utf8.length;
				gzip.write(utf8);
			}
			ZonedDateTime utc = writtenAt.atZone(ZoneOffset.UTC);
			Path file = root.resolve("raw/submissions/dt=%s/hour=%02d/%d-bench-%d.jsonl.gz"
				.formatted(utc.toLocalDate(), utc.getHour(), writtenAt.toEpochMilli(), object));
			Files.createDirectories(file.getParent());
			Files.write(file, bytes.toByteArray());
		}
		System.out.println(uncompressed);
	}

	/** A version 7 UUID: 48 bits of epoch millis, then random bits. */
	private static UUID uuidV7(long epochMillis, SplittableRandom random) {
		long high = (epochMillis << 16) | 0x7000L | (random.nextLong() & 0x0FFFL);
		long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(high, low);
	}

}

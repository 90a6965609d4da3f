package dev.scaleswell.benchmarks.etl;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The run benchmark's data generator (bin/bench-run): {@code GenerateRawUsers BUCKET_DIR
 * USERS PER_OBJECT} writes one submission per user, USERS distinct users
 * ({@code Warrior <n>}), as gzip JSON lines, PER_OBJECT to an object, under
 * BUCKET_DIR/raw/submissions/dt=2026-12-01/hour=HH/ with the raw zone's key names. Ages
 * follow a normal curve around 30 (sd 9, clamped to 13-100), heroes uniform over the
 * catalog, ids UUIDv7. Fixed seed: the same input every run.
 */
public final class GenerateRawUsers {

	private GenerateRawUsers() {
	}

	public static void main(String[] args) throws IOException {
		Path root = Path.of(args[0]);
		int users = Integer.parseInt(args[1]);
		int perObject = Integer.parseInt(args[2]);
		List<String> heroes = RawObjects.heroNames();
		SplittableRandom random = new SplittableRandom(7);
		long dayStart = RawObjects.DAY_START.toEpochMilli();
		long spacingMillis = Math.max(1, 86_400_000L / users);
		for (int first = 0, object = 0; first < users; first += perObject, object++) {
			int count = Math.min(perObject, users - first);
			StringBuilder lines = new StringBuilder(count * 120);
			for (int i = first; i < first + count; i++) {
				long receivedAt = dayStart + i * spacingMillis;
				int age = Math.clamp(Math.round(30 + 9 * random.nextGaussian()), 13, 100);
				lines.append("{\"id\":\"")
					.append(RawObjects.uuidV7(receivedAt, random))
					.append("\",\"receivedAt\":\"")
					.append(Instant.ofEpochMilli(receivedAt))
					.append("\",\"name\":\"Warrior ")
					.append(i)
					.append("\",\"age\":")
					.append(age)
					.append(",\"hero\":\"")
					.append(heroes.get(random.nextInt(heroes.size())))
					.append("\"}\n");
			}
			RawObjects.write(root, RawObjects.DAY_START.plusMillis((first + count) * spacingMillis + 50), object,
					lines);
		}
	}

}

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
 * The run benchmark's data generator (JDK only: {@code java GenerateRawUsers.java DIR
 * USERS PER_OBJECT HEROES_CSV}). Writes one submission per user, USERS distinct users
 * ({@code Warrior <n>}), as gzip JSON lines, PER_OBJECT to an object, under
 * DIR/raw/submissions/dt=2026-12-01/hour=HH/ with the raw zone's key names. Ages follow a
 * normal curve around 30 (sd 9, clamped to 13-100), heroes uniform over the catalog, ids
 * UUIDv7. Fixed seed: the same input every run.
 */
public final class GenerateRawUsers {

	public static void main(String[] args) throws IOException {
		Path root = Path.of(args[0]);
		int users = Integer.parseInt(args[1]);
		int perObject = Integer.parseInt(args[2]);
		List<String> heroes = Files.readAllLines(Path.of(args[3]))
			.stream()
			.filter((line) -> !line.startsWith("#") && !line.startsWith("name,") && !line.isBlank())
			.map((line) -> line.substring(0, line.indexOf(',')))
			.toList();
		SplittableRandom random = new SplittableRandom(7);
		Instant dayStart = Instant.parse("2026-12-01T00:00:00Z");
		long spacingMillis = Math.max(1, 86_400_000L / users);
		for (int first = 0, object = 0; first < users; first += perObject, object++) {
			int count = Math.min(perObject, users - first);
			Instant writtenAt = dayStart.plusMillis((first + count) * spacingMillis + 50);
			StringBuilder lines = new StringBuilder(count * 120);
			for (int i = first; i < first + count; i++) {
				long receivedAt = dayStart.toEpochMilli() + i * spacingMillis;
				int age = (int) Math.clamp(Math.round(30 + 9 * random.nextGaussian()), 13, 100);
				lines.append("{\"id\":\"")
					.append(uuidV7(receivedAt, random))
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
			ByteArrayOutputStream bytes = new ByteArrayOutputStream(count * 40);
			try (OutputStream gzip = new GZIPOutputStream(bytes, 65536)) {
				gzip.write(lines.toString().getBytes(StandardCharsets.UTF_8));
			}
			ZonedDateTime utc = writtenAt.atZone(ZoneOffset.UTC);
			Path file = root.resolve("raw/submissions/dt=%s/hour=%02d/%d-bench-%d.jsonl.gz"
				.formatted(utc.toLocalDate(), utc.getHour(), writtenAt.toEpochMilli(), object));
			Files.createDirectories(file.getParent());
			Files.write(file, bytes.toByteArray());
		}
	}

	/** A version 7 UUID: 48 bits of epoch millis, then random bits. */
	private static UUID uuidV7(long epochMillis, SplittableRandom random) {
		long high = (epochMillis << 16) | 0x7000L | (random.nextLong() & 0x0FFFL);
		long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(high, low);
	}

}

package dev.scaleswell.benchmarks.etl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

import dev.scaleswell.model.hero.Hero;
import dev.scaleswell.model.hero.HeroCatalog;
import dev.scaleswell.model.lake.LakeLayout;
import dev.scaleswell.model.record.Dataset;

/**
 * What the generators share: raw submission objects written as ingest-service writes them
 * (gzip JSON lines under {@link LakeLayout#rawKey}, instance {@code bench}), seeded
 * UUIDv7 ids and the catalog's hero names.
 */
final class RawObjects {

	/** The instant every generated day starts at. */
	static final Instant DAY_START = Instant.parse("2026-12-01T00:00:00Z");

	private RawObjects() {
	}

	static List<String> heroNames() {
		return HeroCatalog.standard().all().stream().map(Hero::name).toList();
	}

	/**
	 * Writes {@code lines} as raw object number {@code object} under the bucket folder
	 * {@code bucketDir} of a filesystem store; returns the uncompressed size.
	 */
	static long write(Path bucketDir, Instant writtenAt, int object, CharSequence lines) throws IOException {
		byte[] utf8 = lines.toString().getBytes(StandardCharsets.UTF_8);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(utf8.length / 3);
		try (OutputStream gzip = new GZIPOutputStream(bytes, 65536)) {
			gzip.write(utf8);
		}
		Path file = bucketDir.resolve(LakeLayout.rawKey(Dataset.SUBMISSIONS, writtenAt, "bench", object));
		Files.createDirectories(file.getParent());
		Files.write(file, bytes.toByteArray());
		return utf8.length;
	}

	/** A version 7 UUID: 48 bits of epoch millis, then random bits. */
	static UUID uuidV7(long epochMillis, SplittableRandom random) {
		long high = (epochMillis << 16) | 0x7000L | (random.nextLong() & 0x0FFFL);
		long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(high, low);
	}

}

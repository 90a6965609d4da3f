package dev.scaleswell.lake.commit;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * Run ids {@code yyyyMMdd'T'HHmmss'Z'-<6 hex>}: sortable by start time, unique across
 * runs started in the same second.
 */
public final class RunIds {

	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private static final SecureRandom RANDOM = new SecureRandom();

	private RunIds() {
	}

	public static String newRunId(Instant startedAt) {
		byte[] suffix = new byte[3];
		RANDOM.nextBytes(suffix);
		return FORMAT.format(startedAt.truncatedTo(ChronoUnit.SECONDS)) + "-" + HexFormat.of().formatHex(suffix);
	}

}

package dev.scaleswell.model.registry;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.random.RandomGenerator;

/**
 * Model version ids: {@code yyyyMMdd'T'HHmmss'Z'-<6 hex>}, which sort by creation time
 * and are {@link dev.scaleswell.model.lake.LakeLayout} tokens.
 */
public final class ModelVersions {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private ModelVersions() {
	}

	public static String newVersion(Instant createdAt, RandomGenerator random) {
		return STAMP.format(createdAt.truncatedTo(ChronoUnit.SECONDS)) + "-%06x".formatted(random.nextInt(1 << 24));
	}

	public static String newVersion(Instant createdAt) {
		return newVersion(createdAt, RandomGenerator.getDefault());
	}

}

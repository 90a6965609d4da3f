package dev.scaleswell.etl.curate;

import java.time.Duration;

/**
 * How curate runs.
 *
 * @param lateTolerance how long after a day ends an upload for that day may still land; a
 * day listed completely after that is sealed and never listed again
 * @param targetFileBytes a curated file is closed and another started past this size
 * @param parallelism threads that download and decode raw objects
 */
public record CurateOptions(Duration lateTolerance, long targetFileBytes, int parallelism) {

	public static final long DEFAULT_TARGET_FILE_BYTES = 128L * 1024 * 1024;

	public CurateOptions {
		if (lateTolerance.isNegative()) {
			throw new IllegalArgumentException("lateTolerance must not be negative");
		}
		if (targetFileBytes < 1024 * 1024) {
			throw new IllegalArgumentException("targetFileBytes must be at least 1 MiB");
		}
		if (parallelism < 1) {
			throw new IllegalArgumentException("parallelism must be at least 1");
		}
	}

	public static CurateOptions defaults() {
		return new CurateOptions(Duration.ofHours(2), DEFAULT_TARGET_FILE_BYTES,
				Math.max(4, 2 * Runtime.getRuntime().availableProcessors()));
	}

}

package dev.scaleswell.analytics.web;

/**
 * No snapshot yet: S3 has not been reachable since startup. Answered 503 with
 * {@code Retry-After}.
 */
class SnapshotUnavailableException extends RuntimeException {

	SnapshotUnavailableException() {
		super("Analytics are not loaded yet");
	}

}

package dev.scaleswell.ingest.storage;

import java.time.Duration;

/**
 * A record was not stored and the client should retry later: the queue is full, the
 * service is shutting down, or S3 did not take the batch within the flush deadline.
 * Nothing of the request is in the lake (see docs/ingest.md for the one ambiguous case).
 */
public class StorageUnavailableException extends RuntimeException {

	private final Reason reason;

	private final Duration retryAfter;

	public StorageUnavailableException(Reason reason, Duration retryAfter, String message, Throwable cause) {
		super(message, cause);
		this.reason = reason;
		this.retryAfter = retryAfter;
	}

	public StorageUnavailableException(Reason reason, Duration retryAfter, String message) {
		super(message);
		this.reason = reason;
		this.retryAfter = retryAfter;
	}

	public Reason reason() {
		return this.reason;
	}

	public Duration retryAfter() {
		return this.retryAfter;
	}

	/** Why a record was not stored. */
	public enum Reason {

		QUEUE_FULL, SHUTTING_DOWN, S3_UNAVAILABLE

	}

}

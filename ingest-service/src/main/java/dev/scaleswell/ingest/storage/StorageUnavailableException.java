package dev.scaleswell.ingest.storage;

import java.time.Duration;

import dev.scaleswell.service.problem.ProblemException;
import dev.scaleswell.service.problem.ProblemType;
import org.jspecify.annotations.Nullable;

/**
 * A record was not stored and the client should retry later: the queue is full, the
 * service is shutting down, or S3 did not take the batch within the flush deadline.
 * Nothing of the request is in the lake (see docs/ingest.md for the one ambiguous case).
 * Answered 503 with {@code Retry-After}.
 */
public class StorageUnavailableException extends ProblemException {

	private final Reason reason;

	public StorageUnavailableException(Reason reason, Duration retryAfter, String message, @Nullable Throwable cause) {
		super(reason.type.detail(
				message + "; nothing was stored, retry after " + Math.max(1, retryAfter.toSeconds()) + " s"), cause);
		this.reason = reason;
		retryAfter(retryAfter);
	}

	public StorageUnavailableException(Reason reason, Duration retryAfter, String message) {
		this(reason, retryAfter, message, null);
	}

	public Reason reason() {
		return this.reason;
	}

	/** Why a record was not stored. */
	public enum Reason {

		QUEUE_FULL(ProblemType.QUEUE_FULL), SHUTTING_DOWN(ProblemType.SHUTTING_DOWN),
		S3_UNAVAILABLE(ProblemType.STORAGE_UNAVAILABLE);

		private final ProblemType type;

		Reason(ProblemType type) {
			this.type = type;
		}

	}

}

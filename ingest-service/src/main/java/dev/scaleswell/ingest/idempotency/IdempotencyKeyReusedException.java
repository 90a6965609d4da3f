package dev.scaleswell.ingest.idempotency;

/**
 * An idempotency key sent again with a different request body; answered 422.
 */
public class IdempotencyKeyReusedException extends RuntimeException {

	public IdempotencyKeyReusedException() {
		super("this Idempotency-Key was already used with a different request body");
	}

}

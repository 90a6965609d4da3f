package dev.scaleswell.ingest.idempotency;

import dev.scaleswell.service.problem.ProblemException;
import dev.scaleswell.service.problem.ProblemType;

/**
 * An idempotency key sent again with a different request body; answered 422.
 */
public class IdempotencyKeyReusedException extends ProblemException {

	public IdempotencyKeyReusedException() {
		super(ProblemType.IDEMPOTENCY_KEY_REUSED,
				"this Idempotency-Key was already used with a different request body");
	}

}

package dev.scaleswell.ingest.system;

import dev.scaleswell.service.problem.ProblemException;
import dev.scaleswell.service.problem.ProblemType;

/**
 * A body over the configured limit; answered 413.
 */
public class PayloadTooLargeException extends ProblemException {

	public PayloadTooLargeException(long limit) {
		super(ProblemType.PAYLOAD_TOO_LARGE, "the request body must be at most " + limit + " bytes");
	}

}

package dev.scaleswell.ingest.system;

import dev.scaleswell.service.problem.ProblemException;
import dev.scaleswell.service.problem.ProblemType;

/**
 * A body that is not one well-formed JSON document; answered 400.
 */
public class MalformedJsonException extends ProblemException {

	public MalformedJsonException(String message) {
		super(ProblemType.MALFORMED_REQUEST, message);
	}

}

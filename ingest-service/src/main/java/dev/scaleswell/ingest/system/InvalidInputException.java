package dev.scaleswell.ingest.system;

import java.util.List;

import dev.scaleswell.model.validation.FieldViolation;
import dev.scaleswell.service.problem.ProblemException;
import dev.scaleswell.service.problem.ProblemType;

/**
 * Input that broke one or more rules; answered 400 with every violation.
 */
public class InvalidInputException extends ProblemException {

	public InvalidInputException(List<FieldViolation> violations) {
		super(ProblemType.invalid(violations));
	}

}

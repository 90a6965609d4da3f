package dev.scaleswell.ingest.system;

import java.util.List;

import dev.scaleswell.model.validation.FieldViolation;

/**
 * Input that broke one or more rules; answered 400 with every violation.
 */
public class InvalidInputException extends RuntimeException {

	private final List<FieldViolation> violations;

	public InvalidInputException(List<FieldViolation> violations) {
		super(violations.size() + " invalid field(s)");
		this.violations = List.copyOf(violations);
	}

	public List<FieldViolation> violations() {
		return this.violations;
	}

}

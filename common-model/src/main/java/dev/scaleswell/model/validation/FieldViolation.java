package dev.scaleswell.model.validation;

/**
 * One rule broken by one field of an input, with a message a client can act on.
 */
public record FieldViolation(String field, String message) {

	@Override
	public String toString() {
		return this.message;
	}

}

package dev.scaleswell.model.validation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The outcome of validating untrusted input: a value, or every rule it broke.
 *
 * @param <T> the type of the validated value
 */
public sealed interface Validated<T> {

	record Valid<T>(T value) implements Validated<T> {
	}

	record Invalid<T>(List<FieldViolation> violations) implements Validated<T> {

		public Invalid {
			violations = List.copyOf(violations);
			if (violations.isEmpty()) {
				throw new IllegalArgumentException("an invalid input names at least one violation");
			}
		}

		/** All messages in one line, as quarantine reasons and logs show them. */
		public String summary() {
			return this.violations.stream().map(FieldViolation::message).collect(Collectors.joining("; "));
		}

	}

}

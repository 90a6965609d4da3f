package dev.scaleswell.analytics.web;

/**
 * A query parameter outside its bounds; answered 400 with the field's message.
 */
class InvalidParameterException extends RuntimeException {

	private final String parameter;

	InvalidParameterException(String parameter, String message) {
		super(parameter + " " + message);
		this.parameter = parameter;
	}

	String parameter() {
		return this.parameter;
	}

}

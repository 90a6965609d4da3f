package dev.scaleswell.ingest.system;

/**
 * A body that is not one well-formed JSON document; answered 400.
 */
public class MalformedJsonException extends RuntimeException {

	public MalformedJsonException(String message) {
		super(message);
	}

}

package dev.scaleswell.model.duel;

/**
 * A model artifact was refused: wrong checksum, a class outside the allow-list, another
 * type or feature schema, or corrupt bytes. The message says which, for the operator.
 */
public class ModelLoadException extends Exception {

	public ModelLoadException(String message) {
		super(message);
	}

	public ModelLoadException(String message, Throwable cause) {
		super(message, cause);
	}

}

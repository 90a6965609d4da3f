package dev.scaleswell.model.registry;

/** A version id is already published; versions are immutable. */
public class VersionExistsException extends RuntimeException {

	public VersionExistsException(String version, Throwable cause) {
		super("model version " + version + " is already published", cause);
	}

}

package dev.scaleswell.lake.parquet;

/**
 * An object was replaced while a reader held it open: what it read so far belongs to the
 * old version, so the read is abandoned (the next poll reads the new one).
 */
public final class ObjectChangedException extends IllegalStateException {

	ObjectChangedException(String object, Throwable cause) {
		super(object + " changed while being read", cause);
	}

}

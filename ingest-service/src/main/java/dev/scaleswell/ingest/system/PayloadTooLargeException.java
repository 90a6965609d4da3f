package dev.scaleswell.ingest.system;

/**
 * A body over the configured limit; answered 413.
 */
public class PayloadTooLargeException extends RuntimeException {

	private final long limit;

	public PayloadTooLargeException(long limit) {
		super("request body exceeds " + limit + " bytes");
		this.limit = limit;
	}

	public long limit() {
		return this.limit;
	}

}

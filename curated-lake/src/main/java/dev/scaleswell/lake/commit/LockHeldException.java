package dev.scaleswell.lake.commit;

import java.time.Instant;

/**
 * Another run holds the ETL lock and it has not expired.
 */
public class LockHeldException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public LockHeldException(String owner, Instant expiresAt) {
		super("the ETL lock is held by run " + owner + " until " + expiresAt);
	}

}

package dev.scaleswell.lake.commit;

import java.time.Instant;

/**
 * Another run holds the ETL lock and it has not expired.
 */
public class LockHeldException extends RuntimeException {

	/**
	 * The exit code of either engine's command that found the lock held: schedulers tell
	 * "another run is busy" from a failure by it.
	 */
	public static final int EXIT_CODE = 3;

	private static final long serialVersionUID = 1L;

	public LockHeldException(String owner, Instant expiresAt) {
		super("the ETL lock is held by run " + owner + " until " + expiresAt);
	}

}

package dev.scaleswell.lake.commit;

/**
 * {@code latest.json} changed between reading it and replacing it: another run committed
 * meanwhile, so this run's commit is refused.
 */
public class ManifestConflictException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public ManifestConflictException(String message) {
		super(message);
	}

}

package dev.scaleswell.lake.commit;

/**
 * The run no longer holds the ETL lease (it lapsed and another run took it over), so it
 * must not commit.
 */
public class LeaseLostException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public LeaseLostException(String owner, String reason) {
		super("run " + owner + " lost the ETL lease (" + reason + "): nothing more is committed");
	}

}

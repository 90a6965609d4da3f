package dev.scaleswell.lake.commit;

/**
 * What a run confirms right before it commits: that it still holds the ETL lease. A run
 * that stalled past its lease while another took over must fail instead of committing.
 */
@FunctionalInterface
public interface Fence {

	/**
	 * @throws LeaseLostException if this run no longer holds the lease
	 */
	void check();

}

package dev.scaleswell.loadtests.config;

/**
 * The service-level objective a run must meet: the 99th percentile response time and the
 * share of failed requests.
 *
 * @param p99Millis the highest acceptable 99th percentile, in milliseconds
 * @param maxErrorPercent the highest acceptable share of failed requests, in percent
 */
public record Slo(int p99Millis, double maxErrorPercent) {

	/** Whether a measured level meets this objective. */
	public boolean isMetBy(long p99, double errorPercent) {
		return p99 <= this.p99Millis && errorPercent <= this.maxErrorPercent;
	}

}

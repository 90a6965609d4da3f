package dev.scaleswell.loadtests.ramp;

/**
 * What one level of the ramp measured.
 *
 * @param offeredRps the arrival rate the level injected
 * @param requests requests started during the level
 * @param failures of which failed (error status, timeout, refused connection)
 * @param achievedRps requests completed per second of the level
 * @param p50Millis median response time
 * @param p95Millis 95th percentile
 * @param p99Millis 99th percentile
 */
public record LevelStats(int offeredRps, long requests, long failures, double achievedRps, long p50Millis,
		long p95Millis, long p99Millis) {

	public double errorPercent() {
		return (this.requests > 0) ? 100.0 * this.failures / this.requests : 0.0;
	}

}

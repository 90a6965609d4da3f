package dev.scaleswell.loadtests.config;

/**
 * A ramp from what the smallest deployment serves easily to more than it can serve, then
 * a hold: the horizontal pod autoscaler must add pods for the hold to meet the SLO. The
 * arrival rate rises linearly from half of {@code startPods} pods' capacity to
 * {@code peakPods} pods' capacity over {@code rampSeconds}, then stays there for
 * {@code holdSeconds}.
 *
 * @param podCapacityRps what one pod serves within the SLO (docs/capacity.md)
 * @param startPods pods at the start: the autoscaler's minimum
 * @param peakPods pods' worth of load at the peak, more than {@code startPods}
 * @param rampSeconds how long the rate rises
 * @param holdSeconds how long the peak lasts
 */
public record ScaleOutPlan(int podCapacityRps, int startPods, int peakPods, int rampSeconds, int holdSeconds) {

	public ScaleOutPlan {
		if (peakPods <= startPods) {
			throw new IllegalArgumentException("loadtest.scaleOut.peakPods must exceed startPods (" + startPods
					+ "), was " + peakPods + ": the ramp must go past what the first pods serve");
		}
	}

	/** The arrival rate the ramp starts at: half of what the first pods serve. */
	public int startRps() {
		return Math.max(1, this.podCapacityRps * this.startPods / 2);
	}

	/** The arrival rate of the hold. */
	public int peakRps() {
		return this.podCapacityRps * this.peakPods;
	}

	/** The run's length. */
	public int totalSeconds() {
		return this.rampSeconds + this.holdSeconds;
	}

}

package dev.scaleswell.loadtests.config;

import java.util.Locale;

/**
 * An open-model staircase: {@code levels} steps of {@code levelSeconds} each, the arrival
 * rate starting at {@code startRps} and rising by {@code stepRps} per step.
 *
 * @param startRps arrival rate of the first level, requests per second
 * @param stepRps increase per level, requests per second
 * @param levels number of levels
 * @param levelSeconds how long each level lasts
 */
public record RampPlan(int startRps, int stepRps, int levels, int levelSeconds) {

	/** The arrival rate of the level with this zero-based index. */
	public int rateOf(int level) {
		return this.startRps + level * this.stepRps;
	}

	/**
	 * The zero-based level a request started at this many milliseconds after the ramp
	 * began belongs to, or -1 outside the ramp.
	 */
	public int levelAt(long elapsedMillis) {
		if (elapsedMillis < 0) {
			return -1;
		}
		long level = elapsedMillis / (this.levelSeconds * 1000L);
		return (level < this.levels) ? (int) level : -1;
	}

	/**
	 * The name of a level, used as the Gatling group its requests belong to, so the
	 * report and the assertions can address one level.
	 */
	public String label(int level) {
		return String.format(Locale.ROOT, "level %02d at %d req per s", level + 1, rateOf(level));
	}

	public int totalSeconds() {
		return this.levels * this.levelSeconds;
	}

}

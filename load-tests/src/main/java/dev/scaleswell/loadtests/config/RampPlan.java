package dev.scaleswell.loadtests.config;

import java.util.Locale;

/**
 * An open-model staircase: {@code warmupSeconds} at the first level's rate, not measured
 * (the load generator's and the targets' JIT would otherwise break the first level's
 * SLO), then {@code levels} steps of {@code levelSeconds} each, the arrival rate starting
 * at {@code startRps} and rising by {@code stepRps} per step.
 *
 * @param warmupSeconds how long the unmeasured warm-up lasts
 * @param startRps arrival rate of the first level, requests per second
 * @param stepRps increase per level, requests per second
 * @param levels number of levels
 * @param levelSeconds how long each level lasts
 */
public record RampPlan(int warmupSeconds, int startRps, int stepRps, int levels, int levelSeconds) {

	/** The arrival rate of the level with this zero-based index. */
	public int rateOf(int level) {
		return this.startRps + level * this.stepRps;
	}

	/**
	 * The zero-based level a request started at this many milliseconds after the ramp
	 * began (its warm-up included) belongs to, or -1 outside the levels.
	 */
	public int levelAt(long elapsedMillis) {
		long measured = elapsedMillis - this.warmupSeconds * 1000L;
		if (measured < 0) {
			return -1;
		}
		long level = measured / (this.levelSeconds * 1000L);
		return (level < this.levels) ? (int) level : -1;
	}

	/**
	 * The name of a level, used as the Gatling group its requests belong to, so the
	 * report and the assertions can address one level.
	 */
	public String label(int level) {
		return String.format(Locale.ROOT, "level %02d at %d req per s", level + 1, rateOf(level));
	}

	/** Whether a request started this many milliseconds after the ramp began warms up. */
	public boolean inWarmup(long elapsedMillis) {
		return elapsedMillis < this.warmupSeconds * 1000L;
	}

	/** The ramp's length, its warm-up included. */
	public int totalSeconds() {
		return this.warmupSeconds + this.levels * this.levelSeconds;
	}

}

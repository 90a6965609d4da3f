package dev.scaleswell.loadtests.ramp;

import java.util.ArrayList;
import java.util.List;

import dev.scaleswell.loadtests.config.RampPlan;

/**
 * Records each request of the ramp against the level it started in, so the knee can be
 * read per arrival rate rather than from one run-wide percentile.
 */
public final class RampRecorder {

	private final RampPlan plan;

	private final LatencyHistogram[] levels;

	private volatile long originNanos = -1;

	public RampRecorder(RampPlan plan) {
		this.plan = plan;
		this.levels = new LatencyHistogram[plan.levels()];
		for (int i = 0; i < this.levels.length; i++) {
			this.levels[i] = new LatencyHistogram();
		}
	}

	/** Marks the start of injection: level 0 begins now. */
	public void start(long nanoTime) {
		this.originNanos = nanoTime;
	}

	/**
	 * Starts the clock at the first request rather than when the simulation was built, so
	 * Gatling's own start-up does not shift the levels; later calls do nothing.
	 */
	public synchronized void startIfUnstarted(long nanoTime) {
		if (this.originNanos < 0) {
			this.originNanos = nanoTime;
		}
	}

	/** Milliseconds between the start of injection and this {@link System#nanoTime()}. */
	public long elapsedMillis(long nanoTime) {
		if (this.originNanos < 0) {
			throw new IllegalStateException("start() was not called");
		}
		return (nanoTime - this.originNanos) / 1_000_000;
	}

	/**
	 * Records one request.
	 * @param startNanos {@link System#nanoTime()} when the request was sent
	 * @param responseMillis its response time
	 * @param ok whether it succeeded
	 */
	public void record(long startNanos, long responseMillis, boolean ok) {
		int level = this.plan.levelAt(elapsedMillis(startNanos));
		if (level >= 0) {
			this.levels[level].record(responseMillis, ok);
		}
	}

	public List<LevelStats> levels() {
		List<LevelStats> stats = new ArrayList<>(this.levels.length);
		for (int i = 0; i < this.levels.length; i++) {
			LatencyHistogram h = this.levels[i];
			stats.add(new LevelStats(this.plan.rateOf(i), h.count(), h.failures(),
					(double) h.count() / this.plan.levelSeconds(), h.percentile(50), h.percentile(95),
					h.percentile(99)));
		}
		return stats;
	}

}

package dev.scaleswell.loadtests.ramp;

import java.util.concurrent.atomic.LongAdder;

import org.HdrHistogram.ConcurrentHistogram;

/**
 * Response times in milliseconds, recorded from many threads at once into an HdrHistogram
 * (exact up to 2,048 ms, within 0.1% above); anything slower than a minute counts as a
 * minute.
 */
final class LatencyHistogram {

	static final int MAX_MILLIS = 60_000;

	private final ConcurrentHistogram millis = new ConcurrentHistogram(MAX_MILLIS, 3);

	private final LongAdder failures = new LongAdder();

	void record(long millis, boolean ok) {
		this.millis.recordValue(Math.clamp(millis, 0, MAX_MILLIS));
		if (!ok) {
			this.failures.increment();
		}
	}

	long count() {
		return this.millis.getTotalCount();
	}

	long failures() {
		return this.failures.sum();
	}

	/**
	 * The smallest value at or below which {@code percent} of the recorded values lie (0
	 * when nothing was recorded).
	 */
	long percentile(double percent) {
		// above 2,048 the histogram answers its bucket's upper end, which may pass the
		// cap
		return Math.min(this.millis.getValueAtPercentile(percent), MAX_MILLIS);
	}

}

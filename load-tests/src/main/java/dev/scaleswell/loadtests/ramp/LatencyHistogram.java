package dev.scaleswell.loadtests.ramp;

import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * Response times at millisecond resolution, lock-free for many recording threads;
 * anything slower than a minute counts as a minute.
 */
final class LatencyHistogram {

	static final int MAX_MILLIS = 60_000;

	private final AtomicLongArray counts = new AtomicLongArray(MAX_MILLIS + 1);

	private final LongAdder total = new LongAdder();

	private final LongAdder failures = new LongAdder();

	void record(long millis, boolean ok) {
		this.counts.incrementAndGet((int) Math.clamp(millis, 0, MAX_MILLIS));
		this.total.increment();
		if (!ok) {
			this.failures.increment();
		}
	}

	long count() {
		return this.total.sum();
	}

	long failures() {
		return this.failures.sum();
	}

	/**
	 * The smallest value at or below which {@code percent} of the recorded values lie.
	 */
	long percentile(double percent) {
		long total = count();
		if (total == 0) {
			return 0;
		}
		long needed = (long) Math.ceil(total * percent / 100.0);
		long seen = 0;
		for (int millis = 0; millis <= MAX_MILLIS; millis++) {
			seen += this.counts.get(millis);
			if (seen >= needed) {
				return millis;
			}
		}
		return MAX_MILLIS;
	}

}

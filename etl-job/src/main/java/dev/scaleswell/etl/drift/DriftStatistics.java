package dev.scaleswell.etl.drift;

import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The statistics drift is judged by. Pure functions over counts.
 */
public final class DriftStatistics {

	/**
	 * The share given to an empty bin, so that a bin seen on one side only adds a large
	 * but finite term instead of an infinite one.
	 */
	static final double EMPTY_BIN_SHARE = 1e-4;

	private DriftStatistics() {
	}

	/**
	 * Population stability index of {@code actual} against {@code expected}, bin by bin:
	 * {@code sum((a - e) * ln(a / e))} over the shares of each bin.
	 */
	public static double psi(long[] expected, long[] actual) {
		if (expected.length != actual.length) {
			throw new IllegalArgumentException("bins differ: " + expected.length + " vs " + actual.length);
		}
		double expectedTotal = total(expected);
		double actualTotal = total(actual);
		if (expectedTotal == 0 || actualTotal == 0) {
			throw new IllegalArgumentException("both populations must be non-empty");
		}
		double psi = 0;
		for (int i = 0; i < expected.length; i++) {
			double e = Math.max(expected[i] / expectedTotal, EMPTY_BIN_SHARE);
			double a = Math.max(actual[i] / actualTotal, EMPTY_BIN_SHARE);
			psi += (a - e) * Math.log(a / e);
		}
		return psi;
	}

	/**
	 * The two-sample Kolmogorov-Smirnov statistic (largest distance between the empirical
	 * distribution functions) of two integer samples given as value counts.
	 */
	public static double ksStatistic(Map<Integer, Long> first, Map<Integer, Long> second) {
		double firstTotal = total(first);
		double secondTotal = total(second);
		if (firstTotal == 0 || secondTotal == 0) {
			throw new IllegalArgumentException("both samples must be non-empty");
		}
		SortedSet<Integer> values = new TreeSet<>(first.keySet());
		values.addAll(second.keySet());
		double firstCdf = 0;
		double secondCdf = 0;
		double distance = 0;
		for (int value : values) {
			firstCdf += first.getOrDefault(value, 0L) / firstTotal;
			secondCdf += second.getOrDefault(value, 0L) / secondTotal;
			distance = Math.max(distance, Math.abs(firstCdf - secondCdf));
		}
		return distance;
	}

	/**
	 * The asymptotic p-value of a two-sample KS statistic {@code d} for samples of sizes
	 * {@code n} and {@code m} (Kolmogorov's distribution with Stephens' small-sample
	 * correction). Conservative for discrete data such as integer ages.
	 */
	public static double ksPValue(double d, long n, long m) {
		double effective = (double) n * m / (n + m);
		double root = Math.sqrt(effective);
		double lambda = (root + 0.12 + 0.11 / root) * d;
		if (lambda < 1e-3) {
			return 1.0;
		}
		double sum = 0;
		for (int j = 1; j <= 100; j++) {
			double term = Math.exp(-2.0 * j * j * lambda * lambda);
			sum += ((j % 2 == 1) ? 1 : -1) * term;
			if (term < 1e-12) {
				break;
			}
		}
		return Math.clamp(2 * sum, 0.0, 1.0);
	}

	private static double total(long[] counts) {
		double total = 0;
		for (long count : counts) {
			total += count;
		}
		return total;
	}

	private static double total(Map<Integer, Long> counts) {
		double total = 0;
		for (long count : counts.values()) {
			total += count;
		}
		return total;
	}

}

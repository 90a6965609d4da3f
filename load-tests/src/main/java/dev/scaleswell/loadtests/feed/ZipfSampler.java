package dev.scaleswell.loadtests.feed;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * Draws ranks {@code 0..n-1} with probability proportional to {@code 1 / (rank + 1)^s}:
 * the skew of real name reuse, where the most popular names come back again and again. An
 * exponent of 0 is uniform.
 */
public final class ZipfSampler {

	private final double[] cumulative;

	public ZipfSampler(int n, double exponent) {
		if (n < 1) {
			throw new IllegalArgumentException("n must be at least 1, was " + n);
		}
		if (!(exponent >= 0)) {
			throw new IllegalArgumentException("exponent must be at least 0, was " + exponent);
		}
		this.cumulative = new double[n];
		double sum = 0;
		for (int rank = 0; rank < n; rank++) {
			sum += 1.0 / Math.pow(rank + 1, exponent);
			this.cumulative[rank] = sum;
		}
		for (int rank = 0; rank < n; rank++) {
			this.cumulative[rank] /= sum;
		}
	}

	/** The probability of drawing this rank. */
	public double probability(int rank) {
		return this.cumulative[rank] - ((rank > 0) ? this.cumulative[rank - 1] : 0.0);
	}

	public int sample(RandomGenerator random) {
		int index = Arrays.binarySearch(this.cumulative, random.nextDouble());
		int rank = (index >= 0) ? index : -index - 1;
		return Math.min(rank, this.cumulative.length - 1);
	}

	public int size() {
		return this.cumulative.length;
	}

}

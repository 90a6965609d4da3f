package dev.scaleswell.model.evaluation;

/**
 * A 95% interval around an estimate (both bounds {@code NaN} while nothing was measured).
 *
 * @param low the lower bound
 * @param high the upper bound
 */
public record Interval(double low, double high) {

	/** The two-sided 95% normal quantile. */
	static final double Z95 = 1.959963984540054;

	static final Interval UNKNOWN = new Interval(Double.NaN, Double.NaN);

	/** Wilson's score interval for {@code successes} out of {@code n}. */
	static Interval wilson(double successes, long n) {
		if (n == 0) {
			return UNKNOWN;
		}
		double p = successes / n;
		double z2 = Z95 * Z95;
		double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
		double half = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / (1 + z2 / n);
		return new Interval(Math.max(0, centre - half), Math.min(1, centre + half));
	}

	/** The normal interval of a mean from its sum and sum of squares. */
	static Interval mean(double sum, double sumOfSquares, long n) {
		if (n < 2) {
			return UNKNOWN;
		}
		double mean = sum / n;
		double variance = Math.max(0, (sumOfSquares - n * mean * mean) / (n - 1));
		double half = Z95 * Math.sqrt(variance / n);
		return new Interval(mean - half, mean + half);
	}

}

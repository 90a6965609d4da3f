package dev.scaleswell.model.evaluation;

/**
 * The challenger against the champion on the same duels: the running sums of the per-duel
 * difference of log-losses, challenger minus champion (negative: the challenger was more
 * right). Pairing removes what the two share (how hard each duel was), so its variance is
 * far below that of two separate samples and far fewer duels reach a verdict.
 * <p>
 * The ETL looks at the verdict after every run, that is, again and again as duels arrive:
 * a fixed-sample test read that way would cross its threshold by chance far more often
 * than it says. The verdict therefore comes from an always-valid confidence sequence for
 * the mean difference, the asymptotic confidence sequence of Waudby-Smith, Arnold, Wu and
 * Ramdas (Time-uniform central limit theory and asymptotic confidence sequences, Annals
 * of Statistics 2024, Theorem 2.2): with probability at least the confidence level, every
 * interval of the sequence, at every number of duels, holds the true mean. A verdict read
 * at any time, as often as wanted, keeps its error rate.
 *
 * @param duels the duels both models scored
 * @param sum the sum of the differences
 * @param sumOfSquares the sum of their squares
 */
public record PairedComparison(long duels, double sum, double sumOfSquares) {

	/**
	 * The number of duels at which the sequence is tightest: the tuning of the mixture.
	 * Verdicts are wanted in the hundreds of duels.
	 */
	static final long TIGHTEST_AT = 500;

	public static PairedComparison empty() {
		return new PairedComparison(0, 0, 0);
	}

	/** One more duel, with each model's log-loss on it. */
	public PairedComparison add(double challengerLogLoss, double championLogLoss) {
		double difference = challengerLogLoss - championLogLoss;
		return new PairedComparison(this.duels + 1, this.sum + difference, this.sumOfSquares + difference * difference);
	}

	public PairedComparison plus(PairedComparison other) {
		return new PairedComparison(this.duels + other.duels, this.sum + other.sum,
				this.sumOfSquares + other.sumOfSquares);
	}

	public double meanDifference() {
		return (this.duels > 0) ? this.sum / this.duels : Double.NaN;
	}

	/**
	 * The interval of the confidence sequence at this many duels, at {@code confidence}
	 * (e.g. 0.95).
	 */
	public Interval interval(double confidence) {
		if (this.duels < 2) {
			return Interval.UNKNOWN;
		}
		double alpha = 1 - confidence;
		double n = this.duels;
		double mean = this.sum / n;
		double variance = Math.max(0, (this.sumOfSquares - n * mean * mean) / (n - 1));
		double rhoSquared = (-2 * Math.log(alpha) + Math.log(-2 * Math.log(alpha) + 1)) / TIGHTEST_AT;
		double scaled = n * variance * rhoSquared + 1;
		double radius = Math.sqrt((2 * scaled / (n * n * rhoSquared)) * Math.log(Math.sqrt(scaled) / alpha));
		return new Interval(mean - radius, mean + radius);
	}

	/**
	 * The verdict at {@code confidence}, given no earlier than {@code minimumDuels}:
	 * {@code better} when the whole interval says the challenger's log-loss is lower,
	 * {@code worse} when it says higher, {@code inconclusive} otherwise.
	 */
	public Verdict verdict(double confidence, long minimumDuels) {
		Interval interval = interval(confidence);
		Verdict.Outcome outcome = Verdict.Outcome.INCONCLUSIVE;
		if (this.duels >= minimumDuels && interval.high() < 0) {
			outcome = Verdict.Outcome.BETTER;
		}
		else if (this.duels >= minimumDuels && interval.low() > 0) {
			outcome = Verdict.Outcome.WORSE;
		}
		return new Verdict(outcome, this.duels, meanDifference(), interval, confidence);
	}

}

package dev.scaleswell.model.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * The cumulative figures of one model version on recorded duels: accuracy, log-loss,
 * Brier score and calibration in ten bins, each kept as sums so that runs add up exactly
 * and nothing but the sums is stored.
 *
 * @param duels duels scored
 * @param skipped recorded duels after the version's publication left unscored because a
 * warrior could not be resolved (neither a user of the snapshot nor a hero): not guessed
 * @param correct duels whose winner the model favoured (a 50/50 counts half)
 * @param logLoss the sum of the duels' log-losses
 * @param logLossSquares the sum of their squares
 * @param brier the sum of the duels' Brier scores
 * @param brierSquares the sum of their squares
 * @param bins calibration: per tenth of the predicted probability, the duels, the sum of
 * predicted probabilities and the wins
 */
public record OnlineScores(long duels, long skipped, double correct, double logLoss, double logLossSquares,
		double brier, double brierSquares, List<Bin> bins) {

	/** Probabilities are clipped away from 0 and 1, as log-loss is unbounded there. */
	static final double EPSILON = 1e-6;

	static final int BINS = 10;

	public OnlineScores {
		bins = List.copyOf(bins);
		if (bins.size() != BINS) {
			throw new IllegalArgumentException("calibration needs " + BINS + " bins, got " + bins.size());
		}
	}

	public static OnlineScores empty() {
		List<Bin> bins = new ArrayList<>(BINS);
		for (int i = 0; i < BINS; i++) {
			bins.add(new Bin(0, 0, 0));
		}
		return new OnlineScores(0, 0, 0, 0, 0, 0, 0, bins);
	}

	/**
	 * The log-loss of predicting {@code p} for an outcome that {@code happened} or not.
	 */
	public static double logLoss(double p, boolean happened) {
		double clipped = Math.min(1 - EPSILON, Math.max(EPSILON, p));
		return -Math.log(happened ? clipped : 1 - clipped);
	}

	/**
	 * These figures with one more duel, predicted {@code p} for an outcome that
	 * {@code happened}.
	 */
	public OnlineScores add(double p, boolean happened) {
		double y = happened ? 1 : 0;
		double hit = (p == 0.5) ? 0.5 : ((p > 0.5) == happened ? 1 : 0);
		double loss = logLoss(p, happened);
		double squaredError = (p - y) * (p - y);
		int index = Math.min(BINS - 1, (int) (p * BINS));
		List<Bin> updated = new ArrayList<>(this.bins);
		Bin bin = updated.get(index);
		updated.set(index, new Bin(bin.duels() + 1, bin.predicted() + p, bin.wins() + y));
		return new OnlineScores(this.duels + 1, this.skipped, this.correct + hit, this.logLoss + loss,
				this.logLossSquares + loss * loss, this.brier + squaredError,
				this.brierSquares + squaredError * squaredError, updated);
	}

	public OnlineScores skip(long count) {
		return new OnlineScores(this.duels, this.skipped + count, this.correct, this.logLoss, this.logLossSquares,
				this.brier, this.brierSquares, this.bins);
	}

	public double accuracy() {
		return (this.duels > 0) ? this.correct / this.duels : Double.NaN;
	}

	public Interval accuracyInterval() {
		return Interval.wilson(this.correct, this.duels);
	}

	public double meanLogLoss() {
		return (this.duels > 0) ? this.logLoss / this.duels : Double.NaN;
	}

	public Interval logLossInterval() {
		return Interval.mean(this.logLoss, this.logLossSquares, this.duels);
	}

	public double meanBrier() {
		return (this.duels > 0) ? this.brier / this.duels : Double.NaN;
	}

	public Interval brierInterval() {
		return Interval.mean(this.brier, this.brierSquares, this.duels);
	}

	/**
	 * One tenth of the probability range.
	 *
	 * @param duels duels predicted in this range
	 * @param predicted the sum of their predicted probabilities
	 * @param wins how many of them the favoured-by-{@code p} side won
	 */
	public record Bin(long duels, double predicted, double wins) {

		public double meanPredicted() {
			return (this.duels > 0) ? this.predicted / this.duels : Double.NaN;
		}

		public double observed() {
			return (this.duels > 0) ? this.wins / this.duels : Double.NaN;
		}

		public Interval observedInterval() {
			return Interval.wilson(this.wins, this.duels);
		}

	}

}

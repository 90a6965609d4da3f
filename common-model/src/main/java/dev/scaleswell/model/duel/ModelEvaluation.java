package dev.scaleswell.model.duel;

/**
 * How a model did on a set of labelled duels.
 *
 * @param duels number of duels evaluated
 * @param accuracy share of duels whose winner the model called (P &gt;= 0.5 calls
 * {@code a})
 * @param logLoss mean negative log-likelihood of the outcomes
 * @param brierScore mean squared error of P against the outcomes
 * @param expectedAccuracy the accuracy the model's calls have in expectation over the
 * duels with a known probability ({@code NaN} if none); less noisy than {@code accuracy}
 * @param bayesAccuracy the best expected accuracy on those duels
 * ({@link DuelSimulator#bayesAccuracy})
 */
public record ModelEvaluation(int duels, double accuracy, double logLoss, double brierScore, double expectedAccuracy,
		double bayesAccuracy) {

	/**
	 * How far below the Bayes-optimal accuracy the model is, in accuracy points (0-100).
	 */
	public double pointsBelowBayes() {
		return 100 * (this.bayesAccuracy - this.expectedAccuracy);
	}

}

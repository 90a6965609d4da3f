package dev.scaleswell.model.evaluation;

/**
 * Whether the challenger predicts recorded duels better than the champion, with its
 * evidence.
 *
 * @param outcome better, worse, or inconclusive
 * @param duels the paired duels it rests on
 * @param meanLogLossDifference challenger minus champion, per duel (negative: better)
 * @param interval the confidence sequence's interval for that mean
 * @param confidence the confidence level of the interval
 */
public record Verdict(Outcome outcome, long duels, double meanLogLossDifference, Interval interval, double confidence) {

	/** What the verdict says of the challenger. */
	public enum Outcome {

		BETTER, WORSE, INCONCLUSIVE;

		/** The lower-case name, as JSON, metrics and the docs spell it. */
		public String label() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

}

package dev.scaleswell.etl.evaluate;

/**
 * When the verdict acts.
 *
 * @param confidence the confidence of the verdict's confidence sequence
 * @param minimumDuels paired duels before any verdict
 * @param act whether a verdict promotes or demotes the challenger (otherwise it is only
 * recorded)
 */
public record EvaluationPolicy(double confidence, long minimumDuels, boolean act) {

	public static final EvaluationPolicy DEFAULT = new EvaluationPolicy(0.95, 200, true);

	public EvaluationPolicy {
		if (!(confidence > 0.5 && confidence < 1)) {
			throw new IllegalArgumentException("verdict confidence must be in (0.5, 1), was " + confidence);
		}
		if (minimumDuels < 2) {
			throw new IllegalArgumentException("verdict minimum duels must be at least 2, was " + minimumDuels);
		}
	}

}

package dev.scaleswell.etl.train;

import dev.scaleswell.model.duel.TrainingOptions;

/**
 * How the train step builds, trains and judges a model.
 *
 * @param syntheticDuels duels drawn by the simulator (recorded duels come on top)
 * @param holdoutShare share of all duels held out to judge the model
 * @param seed seeds the duels drawn and the holdout split
 * @param options the forest's hyperparameters
 * @param gate when a candidate may become champion
 * @param promote whether a candidate that passes the gate is made champion (otherwise it
 * is only registered)
 */
public record TrainSettings(int syntheticDuels, double holdoutShare, long seed, TrainingOptions options,
		GatePolicy gate, boolean promote) {

	public static final int DEFAULT_SYNTHETIC_DUELS = 50_000;

	public static final double DEFAULT_HOLDOUT_SHARE = 0.2;

	public static final long DEFAULT_SEED = 42L;

	public TrainSettings {
		if (syntheticDuels < 0) {
			throw new IllegalArgumentException("synthetic duels must not be negative, was " + syntheticDuels);
		}
		if (!(holdoutShare > 0 && holdoutShare < 1)) {
			throw new IllegalArgumentException("holdout share must be in (0, 1), was " + holdoutShare);
		}
	}

	public static TrainSettings defaults() {
		return new TrainSettings(DEFAULT_SYNTHETIC_DUELS, DEFAULT_HOLDOUT_SHARE, DEFAULT_SEED,
				TrainingOptions.defaults(), GatePolicy.defaults(), true);
	}

}

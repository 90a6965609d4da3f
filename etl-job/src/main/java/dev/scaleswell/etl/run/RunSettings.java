package dev.scaleswell.etl.run;

import dev.scaleswell.etl.evaluate.EvaluationPolicy;
import dev.scaleswell.etl.train.TrainSettings;

/**
 * How a {@code run} behaves.
 *
 * @param train how the train step trains and gates
 * @param force train (and measure drift) even when curate found no new data
 * @param driftThreshold PSI above which a feature counts as drifted
 * @param evaluation when the online verdict acts on the challenger
 */
public record RunSettings(TrainSettings train, boolean force, double driftThreshold, EvaluationPolicy evaluation) {
}

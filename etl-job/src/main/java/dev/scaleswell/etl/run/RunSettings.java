package dev.scaleswell.etl.run;

import dev.scaleswell.etl.train.TrainSettings;

/**
 * How a {@code run} behaves.
 *
 * @param train how the train step trains and gates
 * @param force train (and measure drift) even when curate found no new data
 * @param driftThreshold PSI above which a feature counts as drifted
 */
public record RunSettings(TrainSettings train, boolean force, double driftThreshold) {
}

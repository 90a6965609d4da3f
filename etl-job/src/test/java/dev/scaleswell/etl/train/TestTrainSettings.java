package dev.scaleswell.etl.train;

import dev.scaleswell.model.duel.TrainingOptions;

/** Training settings small enough for tests: a few thousand duels, a few small trees. */
public final class TestTrainSettings {

	private TestTrainSettings() {
	}

	/** 4,000 synthetic duels, 20 trees of depth 10: trains in well under a second. */
	public static TrainSettings small() {
		return new TrainSettings(4_000, 0.25, 7L, new TrainingOptions(20, 10, 200, 4, 5, 7L), GatePolicy.defaults(),
				true);
	}

	/** One stump: one tree of two leaves. */
	public static TrainSettings weak() {
		return new TrainSettings(4_000, 0.25, 7L, new TrainingOptions(1, 2, 2, 1, 5, 7L), GatePolicy.defaults(), true);
	}

}

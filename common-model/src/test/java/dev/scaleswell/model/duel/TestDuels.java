package dev.scaleswell.model.duel;

import java.util.List;

import dev.scaleswell.model.hero.HeroCatalog;
import dev.scaleswell.model.warrior.WarriorProfile;

/**
 * Seeded simulator data and one small trained model, shared by the tests so the forest is
 * trained once per test JVM.
 */
final class TestDuels {

	static final DuelSimulator SIMULATOR = new DuelSimulator(HeroCatalog.standard());

	static final List<WarriorProfile> WARRIORS = SIMULATOR.randomWarriors(2_000, 7L);

	static final TrainingOptions SMALL = new TrainingOptions(20, 10, 400, 4, 20, 42L);

	private static final class Holder {

		static final List<LabelledDuel> TRAINING = SIMULATOR.sample(WARRIORS, 20_000, 11L);

		static final smile.regression.RandomForest FOREST = SmileForests.fit(TRAINING, SMALL);

		static final DuelModel MODEL = DuelModel.compile(FOREST, SMALL);

	}

	private TestDuels() {
	}

	static List<LabelledDuel> training() {
		return Holder.TRAINING;
	}

	static smile.regression.RandomForest forest() {
		return Holder.FOREST;
	}

	static DuelModel model() {
		return Holder.MODEL;
	}

}

package dev.scaleswell.model.duel;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import dev.scaleswell.model.hero.HeroCatalog;
import dev.scaleswell.model.warrior.WarriorProfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class DuelModelTests {

	private final DuelModel model = TestDuels.model();

	@Test
	void probabilityIsExactlyAntisymmetric() {
		SplittableRandom random = new SplittableRandom(3L);
		for (int i = 0; i < 10_000; i++) {
			WarriorProfile a = randomWarrior(random);
			WarriorProfile b = randomWarrior(random);
			double pab = this.model.probability(a, b);
			assertThat(pab).isBetween(0.0, 1.0);
			assertThat(pab + this.model.probability(b, a)).isCloseTo(1.0, within(1e-12));
			assertThat(this.model.probability(a, a)).isEqualTo(0.5);
		}
	}

	@Test
	void compiledForestEqualsSmileOnRandomPairs() {
		SplittableRandom random = new SplittableRandom(4L);
		for (int i = 0; i < 10_000; i++) {
			double[] row = FeatureEncoder.encode(randomWarrior(random), randomWarrior(random));
			assertThat(this.model.forestOutput(row)).isCloseTo(SmileForests.predict(TestDuels.forest(), row),
					within(1e-9));
		}
	}

	@Test
	void probabilityOfEncodedRowEqualsProbabilityOfWarriors() {
		SplittableRandom random = new SplittableRandom(5L);
		for (int i = 0; i < 1_000; i++) {
			WarriorProfile a = randomWarrior(random);
			WarriorProfile b = randomWarrior(random);
			assertThat(this.model.probability(FeatureEncoder.encode(a, b))).isEqualTo(this.model.probability(a, b));
		}
	}

	@Test
	void probabilityOfEncodedRowWithWrongWidthShouldThrow() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.model.probability(new double[3]));
	}

	@Test
	void trainingIsReproducibleForTheSameDataAndSeed() {
		List<LabelledDuel> duels = TestDuels.training().subList(0, 3_000);
		TrainingOptions options = new TrainingOptions(8, 8, 100, 4, 10, 99L);
		byte[] first = DuelModel.train(duels, options).toBytes();
		assertThat(DuelModel.train(duels, options).toBytes()).isEqualTo(first);
		assertThat(DuelModel.train(duels, options.withSeed(100L)).toBytes()).isNotEqualTo(first);
	}

	@Test
	void holdoutAccuracyIsCloseToBayesOptimal() {
		List<LabelledDuel> holdout = TestDuels.SIMULATOR.sample(TestDuels.SIMULATOR.randomWarriors(2_000, 8L), 20_000,
				12L);
		ModelEvaluation evaluation = this.model.evaluate(holdout);
		assertThat(evaluation.duels()).isEqualTo(20_000);
		assertThat(evaluation.bayesAccuracy()).isEqualTo(DuelSimulator.bayesAccuracy(holdout));
		// the small test forest on 20k duels; the defaults on 200k are 1.3 points below
		assertThat(evaluation.pointsBelowBayes()).isBetween(0.0, 2.5);
		assertThat(evaluation.accuracy()).isCloseTo(evaluation.expectedAccuracy(), within(0.02));
		assertThat(evaluation.logLoss()).isLessThan(Math.log(2));
	}

	@Test
	void evaluateCountsRecordedDuelsWithoutAKnownProbability() {
		WarriorProfile strong = new WarriorProfile("s", 30, HeroCatalog.standard().find("Superman").orElseThrow());
		WarriorProfile weak = new WarriorProfile("w", 90, HeroCatalog.standard().find("Hawkeye").orElseThrow());
		ModelEvaluation evaluation = this.model
			.evaluate(List.of(LabelledDuel.recorded(strong, weak, true), LabelledDuel.recorded(weak, strong, true)));
		assertThat(evaluation.accuracy()).isEqualTo(0.5);
		assertThat(evaluation.expectedAccuracy()).isNaN();
		assertThat(evaluation.bayesAccuracy()).isNaN();
	}

	static WarriorProfile randomWarrior(SplittableRandom random) {
		List<dev.scaleswell.model.hero.Hero> heroes = HeroCatalog.standard().all();
		return new WarriorProfile("r", 13 + random.nextInt(88), heroes.get(random.nextInt(heroes.size())));
	}

}

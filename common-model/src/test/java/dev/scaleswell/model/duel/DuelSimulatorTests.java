package dev.scaleswell.model.duel;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.scaleswell.model.hero.HeroCatalog;
import dev.scaleswell.model.warrior.WarriorProfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class DuelSimulatorTests {

	private final DuelSimulator simulator = TestDuels.SIMULATOR;

	private final HeroCatalog catalog = HeroCatalog.standard();

	@Test
	void ageCurvePeaksBetween25And35() {
		assertThat(DuelSimulator.ageFactor(25)).isEqualTo(1.0);
		assertThat(DuelSimulator.ageFactor(35)).isEqualTo(1.0);
		assertThat(DuelSimulator.ageFactor(24)).isLessThan(1.0);
		assertThat(DuelSimulator.ageFactor(36)).isLessThan(1.0);
		assertThat(DuelSimulator.ageFactor(13)).isCloseTo(0.70, within(1e-12));
		assertThat(DuelSimulator.ageFactor(100)).isCloseTo(0.35, within(1e-12));
	}

	@Test
	void winProbabilityFollowsTheDocumentedFormula() {
		WarriorProfile hulk = warrior("Hulk", 30);
		WarriorProfile widow = warrior("Black Widow", 50);
		// Hulk 0.25*100 + 0.2*60 + 0.2*100 + 0.15*30 + 0.2*80 = 77.5, Widow 58.5 * 0.85
		double gap = 77.5 - 58.5 * 0.85;
		assertThat(this.simulator.winProbability(hulk, widow)).isCloseTo(1 / (1 + Math.exp(-gap / 8)), within(1e-12));
		assertThat(this.simulator.winProbability(hulk, widow) + this.simulator.winProbability(widow, hulk))
			.isCloseTo(1.0, within(1e-12));
		assertThat(this.simulator.winProbability(hulk, hulk)).isEqualTo(0.5);
	}

	@Test
	void sampleIsReproducibleAndNeverPairsAWarriorWithItself() {
		List<LabelledDuel> first = this.simulator.sample(TestDuels.WARRIORS, 1_000, 5L);
		assertThat(this.simulator.sample(TestDuels.WARRIORS, 1_000, 5L)).isEqualTo(first);
		assertThat(this.simulator.sample(TestDuels.WARRIORS, 1_000, 6L)).isNotEqualTo(first);
		assertThat(first).allSatisfy((duel) -> {
			assertThat(duel.a()).isNotSameAs(duel.b());
			assertThat(duel.pAWins()).isEqualTo(this.simulator.winProbability(duel.a(), duel.b()));
		});
	}

	@Test
	void sampledOutcomesFollowTheirProbabilities() {
		List<LabelledDuel> duels = this.simulator.sample(TestDuels.WARRIORS, 20_000, 9L);
		double expectedWins = duels.stream().mapToDouble(LabelledDuel::pAWins).sum();
		long wins = duels.stream().filter(LabelledDuel::aWon).count();
		// binomial sd is below sqrt(20000 / 4) ~ 71; 4 sd
		assertThat((double) wins).isCloseTo(expectedWins, within(290.0));
	}

	@Test
	void bayesAccuracyIsTheMeanOfTheLikelierOutcomeOverKnownDuels() {
		WarriorProfile a = warrior("Thor", 30);
		WarriorProfile b = warrior("Loki", 30);
		List<LabelledDuel> duels = List.of(new LabelledDuel(a, b, true, 0.8), new LabelledDuel(a, b, false, 0.3),
				LabelledDuel.recorded(a, b, true));
		assertThat(DuelSimulator.bayesAccuracy(duels)).isCloseTo(0.75, within(1e-12));
		assertThat(DuelSimulator.bayesAccuracy(List.of(LabelledDuel.recorded(a, b, true)))).isNaN();
	}

	@Test
	void sampleWhenFewerThanTwoWarriorsShouldThrow() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.simulator.sample(List.of(warrior("Thor", 30)), 10, 1L));
	}

	private WarriorProfile warrior(String hero, int age) {
		return new WarriorProfile("w-" + hero, age, this.catalog.find(hero).orElseThrow());
	}

}

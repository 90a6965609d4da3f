package dev.scaleswell.loadtests.truth;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import dev.scaleswell.loadtests.feed.HeroNames;
import dev.scaleswell.loadtests.feed.NamePool;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class GroundTruthTests {

	static final int DRAWS = 40_000;

	@Test
	void winnerOfAFixedPairFollowsTheTrueProbabilityInEitherOrder() {
		GroundTruth truth = new GroundTruth(new NamePool(10), 10, 1.1, 0.5, 3);
		Warrior thor = Warrior.hero("Thor");
		Warrior user = new Warrior("Karo Velin", 50, "Hulk");
		double p = TrueWinProbability.of(thor, user);
		assertThat(p).as("a pair far from a coin flip, so a 50/50 draw would fail").isBetween(0.75, 0.95);
		int thorWins = 0;
		int thorWinsSecond = 0;
		for (int i = 0; i < DRAWS; i++) {
			thorWins += truth.duel(thor, user).firstWon() ? 1 : 0;
			thorWinsSecond += truth.duel(user, thor).firstWon() ? 0 : 1;
		}
		// four standard errors of a proportion near 0.92 over 40,000 draws: 0.0053
		double tolerance = 4 * Math.sqrt(p * (1 - p) / DRAWS);
		assertThat((double) thorWins / DRAWS).isCloseTo(p, within(tolerance));
		assertThat((double) thorWinsSecond / DRAWS).isCloseTo(p, within(tolerance));
	}

	@Test
	void outcomesAcrossPairsAreCalibratedAndNameTwoDifferentKnownWarriors() {
		GroundTruth truth = new GroundTruth(new NamePool(50), 50, 1.1, 0.5, 5);
		Set<String> users = new HashSet<>();
		truth.users().forEach((user) -> users.add(user.name()));
		double expected = 0;
		int firstWins = 0;
		int heroSides = 0;
		for (int i = 0; i < DRAWS; i++) {
			GroundTruth.Outcome outcome = truth.next();
			assertThat(outcome.name1().toLowerCase(Locale.ROOT)).isNotEqualTo(outcome.name2().toLowerCase(Locale.ROOT));
			assertThat(outcome.winner()).isIn(outcome.name1(), outcome.name2());
			for (String side : new String[] { outcome.name1(), outcome.name2() }) {
				boolean hero = HeroNames.isHeroName(side);
				assertThat(hero || users.contains(side)).as("%s is a hero or a submitted user", side).isTrue();
				heroSides += hero ? 1 : 0;
			}
			expected += outcome.probability();
			firstWins += outcome.firstWon() ? 1 : 0;
		}
		assertThat((double) firstWins / DRAWS).isCloseTo(expected / DRAWS, within(4 * 0.5 / Math.sqrt(DRAWS)));
		assertThat((double) heroSides / (2 * DRAWS)).isCloseTo(0.5, within(0.02));
	}

	@Test
	void outcomeRecordHasTheFieldsOfDuelResults() {
		GroundTruth.Outcome outcome = new GroundTruth(new NamePool(1), 0, 1.1, 1.0, 1).next();
		assertThat(outcome.asRecord()).containsOnlyKeys("name1", "name2", "winner");
		assertThat(HeroNames.isHeroName(outcome.name1()) && HeroNames.isHeroName(outcome.name2())).isTrue();
	}

	@Test
	void usersArePoolProfilesAsSubmitted() {
		NamePool pool = new NamePool(20);
		assertThat(new GroundTruth(pool, 20, 1.1, 0.5, 1).users()).hasSize(20)
			.first()
			.isEqualTo(new Warrior(pool.name(0), pool.age(0), pool.hero(0)));
	}

	@Test
	void aDuelWithoutTwoPossibleWarriorsIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new GroundTruth(new NamePool(5), 0, 1.1, 0.5, 1));
		assertThatIllegalArgumentException().isThrownBy(() -> new GroundTruth(new NamePool(5), 1, 1.1, 0.0, 1));
		assertThatIllegalArgumentException().isThrownBy(() -> new GroundTruth(new NamePool(5), 6, 1.1, 0.5, 1));
	}

}

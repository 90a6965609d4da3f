package dev.scaleswell.model.evaluation;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;

import dev.scaleswell.model.duel.DuelSimulator;
import dev.scaleswell.model.duel.LabelledDuel;
import dev.scaleswell.model.hero.HeroCatalog;
import dev.scaleswell.model.warrior.WarriorProfile;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The verdict's error rates, by simulation: duels drawn from the simulator's true win
 * probabilities, two models scoring each, and the verdict checked after every batch of
 * duels, as the ETL checks it after every run.
 */
class PairedComparisonTests {

	private static final Logger log = LoggerFactory.getLogger(PairedComparisonTests.class);

	static final int EXPERIMENTS = 500;

	static final int BATCH = 50;

	static final double CONFIDENCE = 0.95;

	static final long MINIMUM = 200;

	static final List<WarriorProfile> warriors = new DuelSimulator(HeroCatalog.standard()).randomWarriors(300, 7);

	@Test
	void equallyGoodModelsShouldGetAVerdictInAtMostFivePercentOfExperimentsCheckedAfterEveryBatch() {
		int falseVerdicts = 0;
		for (int experiment = 0; experiment < EXPERIMENTS; experiment++) {
			SplittableRandom noise = new SplittableRandom(1000 + experiment);
			// each model sees the truth through its own noise, of the same size: equally
			// good
			Outcome outcome = run(experiment, 4000, (p) -> blur(p, noise), (p) -> blur(p, noise));
			if (outcome.verdict() != Verdict.Outcome.INCONCLUSIVE) {
				falseVerdicts++;
			}
		}
		double rate = (double) falseVerdicts / EXPERIMENTS;
		log.info("equally good models: {} false verdicts in {} experiments ({})", falseVerdicts, EXPERIMENTS, rate);
		assertThat(rate).as("false verdicts in %d experiments of 4,000 duels, 80 looks each", EXPERIMENTS)
			.isLessThanOrEqualTo(0.05);
	}

	@Test
	void aChallengerFivePointsLessAccurateShouldBeFoundWorseWithinAThousandDuelsInFourExperimentsOfFive() {
		int found = 0;
		double accuracyGap = 0;
		long duelsToVerdict = 0;
		for (int experiment = 0; experiment < EXPERIMENTS; experiment++) {
			SplittableRandom mistakes = new SplittableRandom(2000 + experiment);
			// the champion knows the truth; the challenger turns 7% of duels around: 5
			// points less
			// accurate on the simulator's duels
			Outcome outcome = run(experiment, 1000, (p) -> p, (p) -> (mistakes.nextDouble() < 0.07) ? 1 - p : p);
			accuracyGap += outcome.champion().accuracy() - outcome.challenger().accuracy();
			if (outcome.verdict() == Verdict.Outcome.WORSE) {
				found++;
				duelsToVerdict += outcome.champion().duels();
			}
		}
		log.info(
				"worse challenger ({} points less accurate): found worse in {} of {} experiments, after {} duels on "
						+ "average",
				100 * accuracyGap / EXPERIMENTS, found, EXPERIMENTS, (double) duelsToVerdict / found);
		assertThat(accuracyGap / EXPERIMENTS).as("the challenger's accuracy deficit").isBetween(0.04, 0.06);
		assertThat((double) found / EXPERIMENTS).isGreaterThanOrEqualTo(0.8);
	}

	@Test
	void aClearlyBetterChallengerShouldBeFoundBetter() {
		SplittableRandom mistakes = new SplittableRandom(3);
		Outcome outcome = run(1, 2000, (p) -> (mistakes.nextDouble() < 0.1) ? 1 - p : p, (p) -> p);
		assertThat(outcome.verdict()).isEqualTo(Verdict.Outcome.BETTER);
	}

	@Test
	void noVerdictBeforeTheMinimumNumberOfDuels() {
		PairedComparison comparison = PairedComparison.empty();
		for (int i = 0; i < 199; i++) {
			comparison = comparison.add(5, 0.1);
		}
		assertThat(comparison.verdict(CONFIDENCE, MINIMUM).outcome()).isEqualTo(Verdict.Outcome.INCONCLUSIVE);
		assertThat(comparison.add(5, 0.1).verdict(CONFIDENCE, MINIMUM).outcome()).isEqualTo(Verdict.Outcome.WORSE);
	}

	@Test
	void theIntervalShouldHoldTheMeanAndNarrowAsDuelsAccumulate() {
		SplittableRandom random = new SplittableRandom(5);
		PairedComparison comparison = PairedComparison.empty();
		double previousWidth = Double.POSITIVE_INFINITY;
		for (int n = 1; n <= 20_000; n++) {
			comparison = comparison.add(0.5 + 0.2 * random.nextGaussian(), 0.5);
			if (n % 1000 == 0) {
				Interval interval = comparison.interval(CONFIDENCE);
				assertThat(comparison.meanDifference()).isBetween(interval.low(), interval.high());
				assertThat(interval.high() - interval.low()).isLessThan(previousWidth);
				previousWidth = interval.high() - interval.low();
			}
		}
		assertThat(comparison.meanDifference()).isCloseTo(0, within(0.01));
	}

	/**
	 * One experiment: duels in batches, each model predicting from the true probability
	 * through its own function, the verdict checked after every batch until one is given.
	 */
	private static Outcome run(int experiment, int maxDuels, DoubleUnaryOperator champion,
			DoubleUnaryOperator challenger) {
		List<LabelledDuel> duels = new DuelSimulator(HeroCatalog.standard()).sample(warriors, maxDuels,
				10_000 + experiment);
		PairedComparison comparison = PairedComparison.empty();
		OnlineScores championScores = OnlineScores.empty();
		OnlineScores challengerScores = OnlineScores.empty();
		Verdict.Outcome verdict = Verdict.Outcome.INCONCLUSIVE;
		for (int i = 0; i < duels.size() && verdict == Verdict.Outcome.INCONCLUSIVE; i++) {
			LabelledDuel duel = duels.get(i);
			double pChampion = champion.applyAsDouble(duel.pAWins());
			double pChallenger = challenger.applyAsDouble(duel.pAWins());
			championScores = championScores.add(pChampion, duel.aWon());
			challengerScores = challengerScores.add(pChallenger, duel.aWon());
			comparison = comparison.add(OnlineScores.logLoss(pChallenger, duel.aWon()),
					OnlineScores.logLoss(pChampion, duel.aWon()));
			if ((i + 1) % BATCH == 0) {
				verdict = comparison.verdict(CONFIDENCE, MINIMUM).outcome();
			}
		}
		return new Outcome(verdict, championScores, challengerScores);
	}

	private static double blur(double p, SplittableRandom noise) {
		double logit = Math.log(p / (1 - p)) + 0.5 * noise.nextGaussian();
		return 1 / (1 + Math.exp(-logit));
	}

	record Outcome(Verdict.Outcome verdict, OnlineScores champion, OnlineScores challenger) {
	}

}

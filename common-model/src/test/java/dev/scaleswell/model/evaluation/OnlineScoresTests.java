package dev.scaleswell.model.evaluation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class OnlineScoresTests {

	@Test
	void figuresShouldBeTheMeansOfTheDuelsScored() {
		OnlineScores scores = OnlineScores.empty().add(0.8, true).add(0.3, true).add(0.5, false).add(0.1, false);
		assertThat(scores.duels()).isEqualTo(4);
		assertThat(scores.accuracy()).isCloseTo((1 + 0 + 0.5 + 1) / 4.0, within(1e-12));
		double logLoss = (-Math.log(0.8) - Math.log(0.3) - Math.log(0.5) - Math.log(0.9)) / 4;
		assertThat(scores.meanLogLoss()).isCloseTo(logLoss, within(1e-12));
		assertThat(scores.meanBrier()).isCloseTo((0.04 + 0.49 + 0.25 + 0.01) / 4, within(1e-12));
	}

	@Test
	void calibrationBinsShouldCountByPredictedTenth() {
		OnlineScores scores = OnlineScores.empty().add(0.85, true).add(0.82, false).add(1.0, true).add(0.05, false);
		assertThat(scores.bins().get(8).duels()).isEqualTo(2);
		assertThat(scores.bins().get(8).observed()).isEqualTo(0.5);
		assertThat(scores.bins().get(8).meanPredicted()).isCloseTo(0.835, within(1e-12));
		assertThat(scores.bins().get(9).duels()).as("p = 1 falls in the last bin").isEqualTo(1);
		assertThat(scores.bins().get(0).wins()).isZero();
	}

	@Test
	void accuracyIntervalShouldBeWilsons() {
		OnlineScores scores = OnlineScores.empty();
		for (int i = 0; i < 100; i++) {
			scores = scores.add(0.9, i < 80);
		}
		// Wilson 95% for 80/100: [0.7112, 0.8666]
		assertThat(scores.accuracyInterval().low()).isCloseTo(0.7112, within(1e-4));
		assertThat(scores.accuracyInterval().high()).isCloseTo(0.8666, within(1e-4));
	}

	@Test
	void certainWrongPredictionsShouldCostABoundedLogLoss() {
		assertThat(OnlineScores.logLoss(0.0, true)).isCloseTo(-Math.log(1e-6), within(1e-9));
		assertThat(OnlineScores.logLoss(1.0, true)).isCloseTo(0, within(1e-5));
	}

	@Test
	void nothingMeasuredShouldGiveNoFigures() {
		assertThat(OnlineScores.empty().accuracy()).isNaN();
		assertThat(OnlineScores.empty().accuracyInterval().low()).isNaN();
		assertThat(OnlineScores.empty().skip(3).skipped()).isEqualTo(3);
	}

}

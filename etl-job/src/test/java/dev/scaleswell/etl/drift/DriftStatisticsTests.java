package dev.scaleswell.etl.drift;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DriftStatisticsTests {

	@Test
	void psiOfIdenticalSharesShouldBeZero() {
		assertThat(DriftStatistics.psi(new long[] { 10, 20, 70 }, new long[] { 100, 200, 700 })).isZero();
	}

	@Test
	void psiShouldMatchTheFormulaComputedByHand() {
		// shares 0.5/0.5 vs 0.8/0.2: (0.3 * ln 1.6) + (-0.3 * ln 0.4)
		double expected = 0.3 * Math.log(1.6) - 0.3 * Math.log(0.4);
		assertThat(DriftStatistics.psi(new long[] { 50, 50 }, new long[] { 80, 20 })).isCloseTo(expected,
				within(1e-12));
	}

	@Test
	void psiWithAnEmptyBinShouldBeLargeButFinite() {
		double psi = DriftStatistics.psi(new long[] { 100, 0 }, new long[] { 50, 50 });
		assertThat(psi).isGreaterThan(1).isFinite();
	}

	@Test
	void ksStatisticShouldBeTheLargestDistanceBetweenTheDistributionFunctions() {
		// first: 20 -> 0.5, 30 -> 1.0; second: 20 -> 0.0, 30 -> 0.25, 40 -> 1.0
		assertThat(DriftStatistics.ksStatistic(Map.of(20, 5L, 30, 5L), Map.of(30, 1L, 40, 3L))).isCloseTo(0.75,
				within(1e-12));
		assertThat(DriftStatistics.ksStatistic(Map.of(20, 5L), Map.of(20, 9L))).isZero();
	}

	@Test
	void ksPValueShouldBeSmallForALargeDistanceAndLargeForASmallOne() {
		assertThat(DriftStatistics.ksPValue(0.2, 1000, 1000)).isLessThan(1e-10);
		assertThat(DriftStatistics.ksPValue(0.01, 1000, 1000)).isGreaterThan(0.99);
		// Kolmogorov's distribution at lambda = 1.36 is the textbook 5% point
		double d = 1.36 / (Math.sqrt(500.0) + 0.12 + 0.11 / Math.sqrt(500.0));
		assertThat(DriftStatistics.ksPValue(d, 1000, 1000)).isCloseTo(0.05, within(0.002));
	}

}

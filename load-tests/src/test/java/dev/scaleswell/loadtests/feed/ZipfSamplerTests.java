package dev.scaleswell.loadtests.feed;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class ZipfSamplerTests {

	@Test
	void probabilitiesShouldFollowOneOverRankToTheExponent() {
		ZipfSampler sampler = new ZipfSampler(3, 1.0);
		double harmonic = 1 + 1 / 2.0 + 1 / 3.0;
		assertThat(sampler.probability(0)).isCloseTo(1 / harmonic, within(1e-12));
		assertThat(sampler.probability(1)).isCloseTo(0.5 / harmonic, within(1e-12));
		assertThat(sampler.probability(2)).isCloseTo((1 / 3.0) / harmonic, within(1e-12));
	}

	@Test
	void sampledFrequenciesShouldMatchTheDistribution() {
		ZipfSampler sampler = new ZipfSampler(1_000, 1.1);
		SplittableRandom random = new SplittableRandom(7);
		int draws = 200_000;
		int[] counts = new int[sampler.size()];
		for (int i = 0; i < draws; i++) {
			counts[sampler.sample(random)]++;
		}
		for (int rank : new int[] { 0, 1, 9, 99 }) {
			double expected = sampler.probability(rank) * draws;
			// within 5 standard deviations of a binomial count
			double tolerance = 5 * Math.sqrt(expected);
			assertThat((double) counts[rank]).as("rank %d", rank).isCloseTo(expected, within(tolerance));
		}
		assertThat(counts[0]).isGreaterThan(counts[1]).isGreaterThan(counts[99]);
	}

	@Test
	void exponentZeroShouldBeUniform() {
		ZipfSampler sampler = new ZipfSampler(4, 0.0);
		for (int rank = 0; rank < 4; rank++) {
			assertThat(sampler.probability(rank)).isCloseTo(0.25, within(1e-12));
		}
	}

	@Test
	void samplesShouldStayInRange() {
		ZipfSampler sampler = new ZipfSampler(5, 2.0);
		SplittableRandom random = new SplittableRandom(1);
		for (int i = 0; i < 10_000; i++) {
			assertThat(sampler.sample(random)).isBetween(0, 4);
		}
	}

	@Test
	void invalidParametersShouldBeRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ZipfSampler(0, 1.0));
		assertThatIllegalArgumentException().isThrownBy(() -> new ZipfSampler(10, -0.5));
	}

}

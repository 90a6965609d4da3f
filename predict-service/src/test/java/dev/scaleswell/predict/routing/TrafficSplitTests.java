package dev.scaleswell.predict.routing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TrafficSplitTests {

	@Test
	void positionIsTheSameInEitherOrder() {
		for (int i = 0; i < 1000; i++) {
			assertThat(PairHash.position("warrior " + i, "warrior " + (i * 7 + 1)))
				.isEqualTo(PairHash.position("warrior " + (i * 7 + 1), "warrior " + i));
		}
	}

	@Test
	void positionsAreUniformEnoughForEveryWeight() {
		int pairs = 100_000;
		double[] weights = { 0.01, 0.1, 0.25, 0.5, 0.9 };
		int[] below = new int[weights.length];
		for (int i = 0; i < pairs; i++) {
			double position = PairHash.position("user " + i, "user " + (i + 1));
			assertThat(position).isGreaterThanOrEqualTo(0).isLessThan(1);
			for (int w = 0; w < weights.length; w++) {
				if (position < weights[w]) {
					below[w]++;
				}
			}
		}
		for (int w = 0; w < weights.length; w++) {
			assertThat((double) below[w] / pairs).isCloseTo(weights[w], within(0.005));
		}
	}

	@Test
	void concatenationsOfKeysDoNotCollide() {
		assertThat(PairHash.position("ab", "c")).isNotEqualTo(PairHash.position("a", "bc"));
	}

}

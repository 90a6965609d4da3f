package dev.scaleswell.model.duel;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The structure checks that run on every deserialised forest, on hand-built forests: one
 * split on feature 0 at 10 with leaves 0.25 and 0.75.
 */
class CompiledForestTests {

	private static final double LEAF = Double.NEGATIVE_INFINITY;

	@Test
	void walksToTheLeafSmileWouldChoose() {
		CompiledForest forest = new CompiledForest(2, 1, new int[] { 0 }, new int[] { 0, 0, 0 },
				new double[] { 10, LEAF, LEAF }, new int[] { 2, 1, 2 }, new double[] { 0, 0.25, 0.75 });
		assertThat(forest.predict(new double[] { 10, 0 })).isEqualTo(0.25);
		assertThat(forest.predict(new double[] { 10.5, 0 })).isEqualTo(0.75);
	}

	@Test
	void createWhenAChildPointsBackwardsShouldThrow() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CompiledForest(2, 1, new int[] { 1 }, new int[] { 0, 0, 0 },
					new double[] { LEAF, 10, LEAF }, new int[] { 0, 0, 2 }, new double[] { 0.5, 0, 0.75 }))
			.withMessageContaining("invalid split");
	}

	@Test
	void createWhenATreeIsDeeperThanTheWalkShouldThrow() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CompiledForest(2, 0, new int[] { 0 }, new int[] { 0, 0, 0 },
					new double[] { 10, LEAF, LEAF }, new int[] { 2, 1, 2 }, new double[] { 0, 0.25, 0.75 }))
			.withMessageContaining("deeper");
	}

	@Test
	void createWhenALeafIsNotAProbabilityShouldThrow() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CompiledForest(2, 1, new int[] { 0 }, new int[] { 0, 0, 0 },
					new double[] { 10, LEAF, LEAF }, new int[] { 2, 1, 2 }, new double[] { 0, 1.5, 0.75 }))
			.withMessageContaining("leaf 1");
	}

	@Test
	void createWhenASplitReadsAnUnknownFeatureShouldThrow() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CompiledForest(2, 1, new int[] { 0 }, new int[] { 2, 0, 0 },
					new double[] { 10, LEAF, LEAF }, new int[] { 2, 1, 2 }, new double[] { 0, 0.25, 0.75 }))
			.withMessageContaining("unknown feature 2");
	}

}

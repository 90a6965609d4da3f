package dev.scaleswell.model.duel;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TrainingOptionsTests {

	@Test
	void defaultsAreTheMeasuredSettings() {
		assertThat(TrainingOptions.defaults()).isEqualTo(new TrainingOptions(50, 12, 800, 6, 20, 42L));
	}

	@Test
	void createWhenMtryExceedsFeatureCountShouldThrow() {
		assertThatIllegalArgumentException().isThrownBy(() -> new TrainingOptions(10, 12, 800, 19, 20, 1L))
			.withMessage("mtry must be between 1 and 18, was 19");
	}

	@Test
	void createWhenTreesIsZeroShouldThrow() {
		assertThatIllegalArgumentException().isThrownBy(() -> new TrainingOptions(0, 12, 800, 4, 20, 1L))
			.withMessageStartingWith("trees");
	}

	@Test
	void createWhenMaxDepthIsOneShouldThrow() {
		assertThatIllegalArgumentException().isThrownBy(() -> new TrainingOptions(10, 1, 800, 4, 20, 1L))
			.withMessageStartingWith("maxDepth");
	}

	@Test
	void createWhenNodeSizeIsZeroShouldThrow() {
		assertThatIllegalArgumentException().isThrownBy(() -> new TrainingOptions(10, 12, 800, 4, 0, 1L))
			.withMessageStartingWith("nodeSize");
	}

}

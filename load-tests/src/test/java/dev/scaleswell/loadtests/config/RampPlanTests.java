package dev.scaleswell.loadtests.config;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RampPlanTests {

	private final RampPlan plan = new RampPlan(5, 100, 50, 4, 10);

	@Test
	void levelsShouldRiseByTheStep() {
		assertThat(this.plan.rateOf(0)).isEqualTo(100);
		assertThat(this.plan.rateOf(3)).isEqualTo(250);
		assertThat(this.plan.totalSeconds()).isEqualTo(45);
	}

	@Test
	void elapsedTimeShouldMapToItsLevelAndTheWarmupAndAfterTheRampToNone() {
		assertThat(this.plan.levelAt(-1)).isEqualTo(-1);
		assertThat(this.plan.levelAt(0)).isEqualTo(-1);
		assertThat(this.plan.inWarmup(4_999)).isTrue();
		assertThat(this.plan.levelAt(4_999)).isEqualTo(-1);
		assertThat(this.plan.inWarmup(5_000)).isFalse();
		assertThat(this.plan.levelAt(5_000)).isZero();
		assertThat(this.plan.levelAt(14_999)).isZero();
		assertThat(this.plan.levelAt(15_000)).isEqualTo(1);
		assertThat(this.plan.levelAt(44_999)).isEqualTo(3);
		assertThat(this.plan.levelAt(45_000)).isEqualTo(-1);
		assertThat(this.plan.inWarmup(45_000)).isFalse();
	}

	@Test
	void labelShouldNameLevelAndRate() {
		assertThat(this.plan.label(1)).isEqualTo("level 02 at 150 req per s");
	}

}

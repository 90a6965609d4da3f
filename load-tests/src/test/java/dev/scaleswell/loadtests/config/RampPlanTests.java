package dev.scaleswell.loadtests.config;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RampPlanTests {

	private final RampPlan plan = new RampPlan(100, 50, 4, 10);

	@Test
	void levelsShouldRiseByTheStep() {
		assertThat(this.plan.rateOf(0)).isEqualTo(100);
		assertThat(this.plan.rateOf(3)).isEqualTo(250);
		assertThat(this.plan.totalSeconds()).isEqualTo(40);
	}

	@Test
	void elapsedTimeShouldMapToItsLevelAndOutsideTheRampToNone() {
		assertThat(this.plan.levelAt(-1)).isEqualTo(-1);
		assertThat(this.plan.levelAt(0)).isZero();
		assertThat(this.plan.levelAt(9_999)).isZero();
		assertThat(this.plan.levelAt(10_000)).isEqualTo(1);
		assertThat(this.plan.levelAt(39_999)).isEqualTo(3);
		assertThat(this.plan.levelAt(40_000)).isEqualTo(-1);
	}

	@Test
	void labelShouldNameLevelAndRate() {
		assertThat(this.plan.label(1)).isEqualTo("level 02 at 150 req per s");
	}

}

package dev.scaleswell.etl.train;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class GatePolicyTests {

	private final GatePolicy gate = GatePolicy.defaults();

	@Test
	void firstModelAboveTheFloorShouldBePromoted() {
		GateDecision decision = this.gate.judge(0.71, null, null);
		assertThat(decision.promote()).isTrue();
		assertThat(decision.reason()).contains("first model").contains("71.00%").contains("70.00%");
	}

	@Test
	void firstModelBelowTheFloorShouldBeRejected() {
		GateDecision decision = this.gate.judge(0.6999, null, null);
		assertThat(decision.promote()).isFalse();
		assertThat(decision.reason()).contains("below the floor");
	}

	@Test
	void candidateWithinTheMarginBelowTheChampionShouldBePromoted() {
		GateDecision decision = this.gate.judge(0.8160, "v1", 0.8200);
		assertThat(decision.promote()).isTrue();
		assertThat(decision.championVersion()).isEqualTo("v1");
		assertThat(decision.championAccuracy()).isEqualTo(0.82);
	}

	@Test
	void candidateBeyondTheMarginBelowTheChampionShouldBeRejected() {
		GateDecision decision = this.gate.judge(0.8140, "v1", 0.8200);
		assertThat(decision.promote()).isFalse();
		assertThat(decision.reason()).contains("0.60 points behind").contains("margin of 0.50").contains("v1");
	}

	@Test
	void candidateBetterThanTheChampionButBelowTheFloorShouldBeRejected() {
		GateDecision decision = this.gate.judge(0.65, "v1", 0.60);
		assertThat(decision.promote()).isFalse();
		assertThat(decision.reason()).contains("below the floor");
	}

	@Test
	void championWithoutItsAccuracyShouldBeRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.gate.judge(0.8, "v1", null));
	}

	@Test
	void marginAndFloorOutsideTheirRangesShouldBeRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new GatePolicy(-0.1, 0.7));
		assertThatIllegalArgumentException().isThrownBy(() -> new GatePolicy(0.005, 1.5));
	}

}

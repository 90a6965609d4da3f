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
		assertThat(decision.reason()).isEqualTo("first model: holdout accuracy 69.99% is below the floor 70.00%");
	}

	@Test
	void candidateWithinTheMarginBelowTheChampionShouldBePromoted() {
		GateDecision decision = this.gate.judge(0.8160, "v1", 0.8200);
		assertThat(decision.promote()).isTrue();
		assertThat(decision.championVersion()).isEqualTo("v1");
		assertThat(decision.championAccuracy()).isEqualTo(0.82);
		assertThat(decision.reason()).isEqualTo("holdout accuracy 81.60% vs champion v1's 82.00% on the same holdout: "
				+ "within the margin of 0.50 points, and reaches the floor 70.00%");
	}

	@Test
	void candidateBeyondTheMarginBelowTheChampionShouldBeRejected() {
		GateDecision decision = this.gate.judge(0.8140, "v1", 0.8200);
		assertThat(decision.promote()).isFalse();
		assertThat(decision.reason()).isEqualTo("holdout accuracy 81.40% vs champion v1's 82.00% on the same holdout: "
				+ "0.60 points behind, more than the margin of 0.50");
	}

	@Test
	void candidateBetterThanTheChampionButBelowTheFloorShouldBeRejected() {
		GateDecision decision = this.gate.judge(0.65, "v1", 0.60);
		assertThat(decision.promote()).isFalse();
		assertThat(decision.reason()).endsWith("within the margin of 0.50 points, and below the floor 70.00%");
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

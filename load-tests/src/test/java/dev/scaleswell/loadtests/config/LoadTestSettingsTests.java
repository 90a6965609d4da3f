package dev.scaleswell.loadtests.config;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LoadTestSettingsTests {

	@Test
	void defaultsShouldTargetTheLocalStackPortsWithBoundedLoad() {
		LoadTestSettings settings = LoadTestSettings.from(Map.of());
		assertThat(settings.ingestUrl()).isEqualTo("http://127.0.0.1:8081");
		assertThat(settings.predictUrl()).isEqualTo("http://127.0.0.1:8082");
		assertThat(settings.analyticsUrl()).isEqualTo("http://127.0.0.1:8083");
		assertThat(settings.baselineUrl()).isEqualTo("http://127.0.0.1:8090");
		assertThat(settings.ratePerSecond()).isEqualTo(50);
		assertThat(settings.durationSeconds()).isEqualTo(30);
		assertThat(settings.slo()).isEqualTo(new Slo(50, 1.0));
		assertThat(settings.ramp()).isEqualTo(new RampPlan(10, 50, 50, 8, 10));
		assertThat(settings.rampTarget()).isEqualTo(RampTarget.DUEL);
	}

	@Test
	void propertiesShouldOverrideDefaults() {
		LoadTestSettings settings = LoadTestSettings.from(Map.of("loadtest.rate", "400", "loadtest.durationSeconds",
				" 120 ", "loadtest.slo.p99Millis", "20", "loadtest.slo.maxErrorPercent", "0.1", "loadtest.ramp.target",
				"Mixed", "loadtest.predictUrl", "http://localhost:18082/"));
		assertThat(settings.ratePerSecond()).isEqualTo(400);
		assertThat(settings.durationSeconds()).isEqualTo(120);
		assertThat(settings.slo()).isEqualTo(new Slo(20, 0.1));
		assertThat(settings.rampTarget()).isEqualTo(RampTarget.MIXED);
		assertThat(settings.predictUrl()).isEqualTo("http://localhost:18082");
	}

	@Test
	void durationAboveTheBoundShouldBeRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LoadTestSettings.from(Map.of("loadtest.durationSeconds", "3600")))
			.withMessage("loadtest.durationSeconds must be between 1 and 600, was 3600");
	}

	@Test
	void nonNumericRateShouldBeRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> LoadTestSettings.from(Map.of("loadtest.rate", "lots")))
			.withMessage("loadtest.rate must be an integer, was 'lots'");
	}

	@Test
	void errorPercentOutsideZeroToHundredShouldBeRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LoadTestSettings.from(Map.of("loadtest.slo.maxErrorPercent", "NaN")))
			.withMessageStartingWith("loadtest.slo.maxErrorPercent must be between 0.0 and 100.0");
	}

	@Test
	void rampLongerThanTenMinutesShouldBeRefused() {
		assertThatIllegalArgumentException().isThrownBy(
				() -> LoadTestSettings.from(Map.of("loadtest.ramp.levels", "30", "loadtest.ramp.levelSeconds", "30")))
			.withMessage("loadtest.ramp.warmupSeconds + levels x levelSeconds must be at most 600 s, was 910 s");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LoadTestSettings.from(Map.of("loadtest.ramp.levels", "59", "loadtest.ramp.levelSeconds",
					"10", "loadtest.ramp.warmupSeconds", "20")))
			.withMessageEndingWith("was 610 s");
	}

	@Test
	void unknownRampTargetShouldBeRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LoadTestSettings.from(Map.of("loadtest.ramp.target", "everything")))
			.withMessageContaining("loadtest.ramp.target must be one of");
	}

	@Test
	void remoteTargetShouldBeRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LoadTestSettings.from(Map.of("loadtest.analyticsUrl", "http://prod.example.com")))
			.withMessageContaining("loadtest.analyticsUrl must point at loopback");
	}

	@Test
	void remoteTargetWithTheExplicitOptInShouldBeAccepted() {
		LoadTestSettings settings = LoadTestSettings.from(Map.of("loadtest.allowRemote", "true", "loadtest.predictUrl",
				"https://scaleswell.example.com/", "loadtest.ingestUrl", "http://10.0.0.5:8081"));
		assertThat(settings.predictUrl()).isEqualTo("https://scaleswell.example.com");
		assertThat(settings.ingestUrl()).isEqualTo("http://10.0.0.5:8081");
		assertThat(settings.analyticsUrl()).isEqualTo("http://127.0.0.1:8083");
	}

	@Test
	void remoteTargetRefusalShouldNameTheOptIn() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LoadTestSettings
				.from(Map.of("loadtest.allowRemote", "false", "loadtest.predictUrl", "https://scaleswell.example.com")))
			.withMessageContaining("-Dloadtest.allowRemote=true");
	}

	@Test
	void optInOtherThanTrueOrFalseShouldBeRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LoadTestSettings.from(Map.of("loadtest.allowRemote", "yes")))
			.withMessage("loadtest.allowRemote must be true or false, was 'yes'");
	}

	@Test
	void remoteTargetWithCredentialsShouldStillBeRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LoadTestSettings.from(Map.of("loadtest.allowRemote", "true", "loadtest.predictUrl",
					"https://u:p@scaleswell.example.com")))
			.withMessageContaining("plain base URL");
	}

	@Test
	void scaleOutDefaultsShouldRampFromWithinTheMinimumOfPodsToPastIt() {
		ScaleOutPlan plan = LoadTestSettings.from(Map.of()).scaleOut();
		assertThat(plan.startRps()).isLessThanOrEqualTo(plan.podCapacityRps() * plan.startPods());
		assertThat(plan.peakRps()).isGreaterThan(plan.podCapacityRps() * plan.startPods());
		assertThat(plan.totalSeconds()).isLessThanOrEqualTo(LoadTestSettings.MAX_SECONDS);
	}

	@Test
	void scaleOutLongerThanTenMinutesShouldBeRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LoadTestSettings
				.from(Map.of("loadtest.scaleOut.rampSeconds", "400", "loadtest.scaleOut.holdSeconds", "300")))
			.withMessage("loadtest.scaleOut.rampSeconds + holdSeconds must be at most 600 s, was 700 s");
	}

	@Test
	void scaleOutThatStaysWithinTheFirstPodsShouldBeRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LoadTestSettings
				.from(Map.of("loadtest.scaleOut.startPods", "3", "loadtest.scaleOut.peakPods", "3")))
			.withMessageContaining("loadtest.scaleOut.peakPods must exceed startPods");
	}

}

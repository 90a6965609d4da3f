package dev.scaleswell.etl.report;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RunMetricsTests {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T19:00:04Z"), ZoneOffset.UTC);

	@Test
	void successfulRunShouldRenderEveryMetricOfTheContract() {
		RunRecorder recorder = new RunRecorder(CLOCK);
		recorder.runId("r1");
		recorder.start("curate").succeeded("10 records");
		recorder.records("submissions", "curated", 10);
		recorder.records("submissions", "quarantined", 2);
		recorder.model(new RunReport.ModelSummary("v1", 0.8125, "PROMOTED", "first model", "v1"));
		recorder.drift(new RunReport.DriftSummary("reports/drift/r1.json", Map.of("age", 0.25), true));

		List<MetricsGroup> groups = RunMetrics.groups(recorder.finish(null));

		assertThat(groups).extracting(MetricsGroup::labels).containsExactly(Map.of(), Map.of("result", "success"));
		assertThat(groups.get(1).text()).isEqualTo("""
				# HELP etl_last_success_timestamp_seconds When the last successful ETL run finished.
				# TYPE etl_last_success_timestamp_seconds gauge
				etl_last_success_timestamp_seconds 1796151604
				""");
		assertThat(groups.get(0).text()).doesNotContain("etl_last_success_timestamp_seconds")
			.contains("etl_step_seconds{step=\"curate\"} 0\n")
			.contains("etl_records{dataset=\"submissions\",outcome=\"curated\"} 10\n")
			.contains("etl_records{dataset=\"submissions\",outcome=\"quarantined\"} 2\n")
			.contains("etl_model_holdout_accuracy{version=\"v1\"} 0.8125\n")
			.contains("etl_drift_psi{feature=\"age\"} 0.25\n");
	}

	@Test
	void onlineFiguresShouldBeGaugesPerVersionAndVariantWithTheChallengersVerdict() {
		RunRecorder recorder = new RunRecorder(CLOCK);
		recorder.online(List.of(
				new RunReport.OnlineSummary("v1", "champion", 0.81, 600, 0.78, 0.47, null,
						List.of(new RunReport.CalibrationPoint("0.7", 0.74, 0.71))),
				new RunReport.OnlineSummary("v2", "challenger", 0.8, 600, 0.61, 0.69, "worse", List.of()),
				new RunReport.OnlineSummary("v3", "previous", 0.79, 0, Double.NaN, Double.NaN, null, List.of())));

		String text = RunMetrics.groups(recorder.finish(null)).get(0).text();

		assertThat(text).contains("model_online_accuracy{version=\"v1\",variant=\"champion\"} 0.78\n")
			.contains("model_online_log_loss{version=\"v2\",variant=\"challenger\"} 0.69\n")
			.contains("model_online_duels{version=\"v3\",variant=\"previous\"} 0\n")
			.contains("model_holdout_accuracy{version=\"v1\",variant=\"champion\"} 0.81\n")
			.contains("model_online_verdict{version=\"v2\",variant=\"challenger\"} -1\n")
			.contains("model_online_calibration_observed{version=\"v1\",variant=\"champion\",bin=\"0.7\"} 0.71\n")
			.contains("model_online_calibration_predicted{version=\"v1\",variant=\"champion\",bin=\"0.7\"} 0.74\n")
			.doesNotContain("NaN")
			.doesNotContain("model_online_verdict{version=\"v1\"");
	}

	@Test
	void failedRunShouldNotClaimASuccessNorTouchTheSuccessGroup() {
		RunRecorder recorder = new RunRecorder(CLOCK);
		recorder.start("curate").failed("S3 unreachable");
		List<MetricsGroup> groups = RunMetrics.groups(recorder.finish("S3 unreachable"));
		assertThat(groups).singleElement().satisfies((group) -> {
			assertThat(group.labels()).isEmpty();
			assertThat(group.text()).doesNotContain("etl_last_success_timestamp_seconds").contains("etl_step_seconds");
		});
	}

}

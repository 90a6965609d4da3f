package dev.scaleswell.deploy.monitoring;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PromQlTests {

	@Test
	void metricNamesSkipFunctionsLabelsGroupingAndNumbers() {
		String expression = """
				sum by (application, le) (rate(http_server_requests_seconds_bucket{uri!~"/actuator.*", status=~"5.."}[5m]))
				  / on (application) group_left sum without (pod) (ingest_queue_capacity offset 1h) > 0.8e0
				  or absent(etl_last_success_timestamp_seconds{job="scaleswell_etl"}) and time() - 900 > bool 1
				""";

		assertThat(PromQl.metricNames(expression)).containsExactly("etl_last_success_timestamp_seconds",
				"http_server_requests_seconds_bucket", "ingest_queue_capacity");
	}

	@Test
	void labelValuesThatLookLikeMetricsAreIgnored() {
		assertThat(PromQl.metricNames("predict_predictions_total{variant=\"challenger\", model_version='v1'}"))
			.containsExactly("predict_predictions_total");
	}

}

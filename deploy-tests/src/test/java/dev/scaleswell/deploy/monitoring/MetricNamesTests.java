package dev.scaleswell.deploy.monitoring;

import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every metric the rules and dashboards use is declared in metric-names.txt (whose
 * service entries the metrics scrape checks), and nothing there is stale.
 */
class MetricNamesTests {

	@Test
	void everyMetricUsedByRulesAndDashboardsIsDeclared() {
		assertThat(MetricNames.sources()).containsKeys(used().toArray(String[]::new));
	}

	@Test
	void everyDeclaredMetricIsUsed() {
		assertThat(used()).containsAll(MetricNames.sources().keySet());
	}

	@Test
	void everySourceIsKnown() {
		assertThat(MetricNames.sources().values())
			.allSatisfy((source) -> assertThat(source).isIn(MetricNames.ALL_SERVICES, "ingest-service",
					"predict-service", "analytics-service", "etl-job", "kube-state-metrics"));
	}

	@Test
	void namesFollowPrometheusConventions() {
		assertThat(MetricNames.sources().keySet())
			.allSatisfy((name) -> assertThat(name).matches("[a-z][a-z0-9_]*").doesNotContain("__"));
	}

	private static Set<String> used() {
		Set<String> names = new TreeSet<>();
		AlertRules.expressions().forEach((expression) -> names.addAll(PromQl.metricNames(expression)));
		DashboardsTests.expressions().forEach((expression) -> names.addAll(PromQl.metricNames(expression)));
		return names;
	}

}

package dev.scaleswell.deploy.monitoring;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import dev.scaleswell.deploy.ExternalTool;
import dev.scaleswell.deploy.RepositoryFiles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The alert rules are valid for Prometheus, unit-tested, complete, and each points at a
 * runbook that exists.
 */
class AlertRulesTests {

	private static final String RUNBOOKS = "https://scaleswell.dev/runbooks/";

	@Test
	void promtoolAcceptsTheRules() {
		ExternalTool.Result result = Promtool.checkRules(AlertRules.files());
		assertThat(result.succeeded()).as(result.output()).isTrue();
	}

	@Test
	void promtoolUnitTestsPass() {
		ExternalTool.Result result = Promtool.testRules(AlertRules.testFiles());
		assertThat(result.succeeded()).as(result.output()).isTrue();
		assertThat(result.output()).contains("SUCCESS");
	}

	@Test
	void theOperationalAlertsExist() {
		assertThat(AlertRules.all()).extracting((rule) -> rule.get("alert"))
			.contains("ScalesWellHighErrorRatio", "ScalesWellLatencyP99High", "ScalesWellIngestQueueSaturated",
					"ScalesWellEtlStale", "ScalesWellModelLoadFailures", "ScalesWellDriftHigh",
					"ScalesWellFewerThanTwoPods", "ScalesWellModelDecay");
	}

	@Test
	@SuppressWarnings("unchecked")
	void everyAlertHasForSeveritySummaryDescriptionAndRunbook() {
		for (Map<String, Object> rule : AlertRules.all()) {
			assertThat(rule).as("%s", rule.get("alert")).containsKeys("alert", "expr", "for", "labels", "annotations");
			Map<String, Object> labels = (Map<String, Object>) rule.get("labels");
			assertThat(labels.get("severity")).as("%s severity", rule.get("alert")).isIn("critical", "warning", "info");
			Map<String, Object> annotations = (Map<String, Object>) rule.get("annotations");
			assertThat(annotations).as("%s annotations", rule.get("alert"))
				.containsKeys("summary", "description", "runbook_url");
			String runbook = String.valueOf(annotations.get("runbook_url"));
			assertThat(runbook).startsWith(RUNBOOKS);
			String slug = runbook.substring(RUNBOOKS.length());
			assertThat(RepositoryFiles.resolve("docs/runbooks/" + slug + ".md")).as("runbook of %s", rule.get("alert"))
				.satisfies((path) -> assertThat(Files.isRegularFile(path)).isTrue());
		}
	}

	@Test
	void everyAlertIsUnitTested() {
		String tests = String.join("\n", AlertRules.testFiles().stream().map(RepositoryFiles::read).toList());
		List<Object> alerts = AlertRules.all().stream().map((rule) -> rule.get("alert")).toList();
		assertThat(alerts).isNotEmpty().allSatisfy((alert) -> assertThat(tests).contains("alertname: " + alert));
	}

}

package dev.scaleswell.etl.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A {@link RunReport} in the Prometheus text exposition format, with the metric names the
 * alerts and dashboards are written against, split into the Pushgateway groups that each
 * push replaces whole.
 */
public final class RunMetrics {

	/** The grouping labels of the push only a successful run makes. */
	public static final Map<String, String> SUCCESS_GROUP = Map.of("result", "success");

	private RunMetrics() {
	}

	/**
	 * Every run replaces the run group ({@code job} alone: its steps, records, model and
	 * drift, so nothing of an earlier run lingers); only a successful run replaces the
	 * success group ({@link #SUCCESS_GROUP}: when it finished), so a failed run does not
	 * erase when the last success was.
	 */
	public static List<MetricsGroup> groups(RunReport report) {
		List<MetricsGroup> groups = new ArrayList<>();
		groups.add(new MetricsGroup(Map.of(), run(report)));
		if (report.succeeded()) {
			StringBuilder text = new StringBuilder();
			header(text, "etl_last_success_timestamp_seconds", "gauge", "When the last successful ETL run finished.");
			sample(text, "etl_last_success_timestamp_seconds", "", report.finishedAt().toEpochMilli() / 1000.0);
			groups.add(new MetricsGroup(SUCCESS_GROUP, text.toString()));
		}
		return groups;
	}

	private static String run(RunReport report) {
		StringBuilder text = new StringBuilder();
		header(text, "etl_step_seconds", "gauge", "Duration of each step of the last ETL run.");
		for (StepTiming step : report.steps()) {
			sample(text, "etl_step_seconds", labels("step", step.step()), step.seconds());
		}
		if (!report.records().isEmpty()) {
			header(text, "etl_records", "gauge", "Records handled by the last ETL run, by dataset and outcome.");
			for (Map.Entry<String, Map<String, Long>> dataset : report.records().entrySet()) {
				for (Map.Entry<String, Long> outcome : dataset.getValue().entrySet()) {
					sample(text, "etl_records",
							labels("dataset", dataset.getKey()) + "," + labels("outcome", outcome.getKey()),
							outcome.getValue());
				}
			}
		}
		RunReport.ModelSummary model = report.model();
		if (model != null) {
			header(text, "etl_model_holdout_accuracy", "gauge",
					"Holdout accuracy of the model trained by the last run.");
			sample(text, "etl_model_holdout_accuracy", labels("version", model.version()), model.holdoutAccuracy());
		}
		online(text, report.online());
		RunReport.DriftSummary drift = report.drift();
		if (drift != null && !drift.psi().isEmpty()) {
			header(text, "etl_drift_psi", "gauge", "Population stability index of new submissions by feature.");
			for (Map.Entry<String, Double> psi : drift.psi().entrySet()) {
				sample(text, "etl_drift_psi", labels("feature", psi.getKey()), psi.getValue());
			}
		}
		return text.toString();
	}

	/**
	 * Each serving version's online figures, labelled by version and the part it plays.
	 */
	private static void online(StringBuilder text, List<RunReport.OnlineSummary> online) {
		if (online.isEmpty()) {
			return;
		}
		header(text, "model_online_duels", "gauge", "Recorded duels a serving model version scored online.");
		online.forEach((model) -> sample(text, "model_online_duels", versionLabels(model), model.duels()));
		header(text, "model_holdout_accuracy", "gauge", "Holdout accuracy of a serving model version.");
		online
			.forEach((model) -> sample(text, "model_holdout_accuracy", versionLabels(model), model.holdoutAccuracy()));
		header(text, "model_online_accuracy", "gauge", "Accuracy of a serving model version on recorded duels.");
		online.stream()
			.filter((model) -> model.duels() > 0)
			.forEach((model) -> sample(text, "model_online_accuracy", versionLabels(model), model.accuracy()));
		header(text, "model_online_log_loss", "gauge", "Mean log-loss of a serving model version on recorded duels.");
		online.stream()
			.filter((model) -> model.duels() > 0)
			.forEach((model) -> sample(text, "model_online_log_loss", versionLabels(model), model.logLoss()));
		header(text, "model_online_calibration_predicted", "gauge",
				"Mean predicted probability of a calibration bin, per serving model version.");
		online.forEach((model) -> model.calibration()
			.forEach((point) -> sample(text, "model_online_calibration_predicted",
					versionLabels(model) + "," + labels("bin", point.bin()), point.predicted())));
		header(text, "model_online_calibration_observed", "gauge",
				"Observed win rate of the favoured side in a calibration bin, per serving model version.");
		online.forEach((model) -> model.calibration()
			.forEach((point) -> sample(text, "model_online_calibration_observed",
					versionLabels(model) + "," + labels("bin", point.bin()), point.observed())));
		header(text, "model_online_verdict", "gauge",
				"The challenger against the champion: 1 better, 0 inconclusive, -1 worse.");
		online.stream()
			.filter((model) -> model.verdict() != null)
			.forEach((model) -> sample(text, "model_online_verdict", versionLabels(model), switch (model.verdict()) {
				case "better" -> 1;
				case "worse" -> -1;
				default -> 0;
			}));
	}

	private static String versionLabels(RunReport.OnlineSummary model) {
		return labels("version", model.version()) + "," + labels("variant", model.variant());
	}

	private static void header(StringBuilder text, String name, String type, String help) {
		text.append("# HELP ").append(name).append(' ').append(help).append('\n');
		text.append("# TYPE ").append(name).append(' ').append(type).append('\n');
	}

	private static void sample(StringBuilder text, String name, String labels, double value) {
		text.append(name);
		if (!labels.isEmpty()) {
			text.append('{').append(labels).append('}');
		}
		text.append(' ').append(format(value)).append('\n');
	}

	private static String labels(String name, String value) {
		return name + "=\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
	}

	private static String format(double value) {
		if (value == Math.rint(value) && Math.abs(value) < 1e15) {
			return Long.toString((long) value);
		}
		return String.format(Locale.ROOT, "%s", value);
	}

}

package dev.scaleswell.etl.report;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * What one Pushgateway group holds: its grouping labels beside {@code job} and its
 * metrics as Prometheus text. A push replaces its group whole.
 *
 * @param labels grouping labels, name to value (plain names and values, so the group's
 * path needs no encoding)
 * @param text the metrics in the text exposition format
 */
public record MetricsGroup(Map<String, String> labels, String text) {

	private static final Pattern PLAIN = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");

	public MetricsGroup {
		labels.forEach((name, value) -> {
			if (!PLAIN.matcher(name).matches() || !PLAIN.matcher(value).matches()) {
				throw new IllegalArgumentException("grouping label " + name + "=" + value + " is not plain");
			}
		});
		labels = Map.copyOf(labels);
	}

}

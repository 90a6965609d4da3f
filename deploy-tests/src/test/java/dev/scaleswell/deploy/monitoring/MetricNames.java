package dev.scaleswell.deploy.monitoring;

import java.util.Map;
import java.util.TreeMap;

import dev.scaleswell.deploy.RepositoryFiles;

/**
 * {@code monitoring/metric-names.txt}: every metric the rules and dashboards use, with
 * its source (a service, {@code all-services}, {@code etl-job},
 * {@code kube-state-metrics}).
 */
public final class MetricNames {

	public static final String ALL_SERVICES = "all-services";

	private MetricNames() {
	}

	/** Metric name to source, in file order. */
	public static Map<String, String> sources() {
		Map<String, String> sources = new TreeMap<>();
		RepositoryFiles.read(RepositoryFiles.resolve("monitoring/metric-names.txt"))
			.lines()
			.map(String::strip)
			.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
			.forEach((line) -> {
				String[] fields = line.split("\\s+");
				if (fields.length != 2) {
					throw new IllegalStateException("metric-names.txt: expected '<name> <source>', got: " + line);
				}
				sources.put(fields[0], fields[1]);
			});
		return sources;
	}

}

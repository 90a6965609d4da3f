package dev.scaleswell.etl.report;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * Pushes a run's metrics to a Prometheus Pushgateway, so a job that exits before any
 * scrape is still seen. Each push is an HTTP PUT, which replaces every metric of its
 * group: series that an earlier run pushed and this one did not (a feature's drift PSI, a
 * model version's accuracy) do not linger.
 */
public final class Pushgateway {

	/** The job label every ETL metric is pushed under. */
	public static final String JOB = "scaleswell_etl";

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final String jobUri;

	public Pushgateway(URI baseUri) {
		this.jobUri = baseUri.toString().replaceAll("/+$", "") + "/metrics/job/" + JOB;
	}

	/** Replaces the metrics of {@code group} with its text. */
	public void replace(MetricsGroup group) throws IOException, InterruptedException {
		URI uri = groupUri(group.labels());
		HttpRequest request = HttpRequest.newBuilder(uri)
			.timeout(TIMEOUT)
			.header("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
			.PUT(HttpRequest.BodyPublishers.ofString(group.text(), StandardCharsets.UTF_8))
			.build();
		HttpResponse<String> response;
		try (HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build()) {
			response = http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		if (response.statusCode() / 100 != 2) {
			throw new IOException("Pushgateway " + uri + " answered " + response.statusCode() + ": " + response.body());
		}
	}

	private URI groupUri(Map<String, String> labels) {
		StringBuilder path = new StringBuilder(this.jobUri);
		new TreeMap<>(labels).forEach((name, value) -> path.append('/').append(name).append('/').append(value));
		return URI.create(path.toString());
	}

}

package dev.scaleswell.etl.report;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Pushes a run's metrics to a Prometheus Pushgateway with one plain HTTP POST (which
 * replaces the metrics of the same names in the job's group), so a job that exits before
 * any scrape is still seen.
 */
public final class Pushgateway {

	/** The job label every ETL metric is pushed under. */
	public static final String JOB = "scaleswell_etl";

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final URI groupUri;

	public Pushgateway(URI baseUri) {
		String base = baseUri.toString().replaceAll("/+$", "");
		this.groupUri = URI.create(base + "/metrics/job/" + JOB);
	}

	public void push(String metricsText) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(this.groupUri)
			.timeout(TIMEOUT)
			.header("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
			.POST(HttpRequest.BodyPublishers.ofString(metricsText, StandardCharsets.UTF_8))
			.build();
		HttpResponse<String> response;
		try (HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build()) {
			response = http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		if (response.statusCode() / 100 != 2) {
			throw new IOException(
					"Pushgateway " + this.groupUri + " answered " + response.statusCode() + ": " + response.body());
		}
	}

}

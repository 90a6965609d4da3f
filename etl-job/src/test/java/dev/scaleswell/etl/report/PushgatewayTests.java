package dev.scaleswell.etl.report;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

/**
 * Pushes to a JDK HTTP server that stores groups as the Pushgateway documents it: PUT
 * replaces the group's metrics, POST replaces only the metric names it carries.
 */
class PushgatewayTests {

	private static final String RUN_GROUP = "/metrics/job/scaleswell_etl";

	private static final String SUCCESS_GROUP = RUN_GROUP + "/result/success";

	private final List<String> requests = new CopyOnWriteArrayList<>();

	private final List<String> bodies = new CopyOnWriteArrayList<>();

	/** Group path -> metric name -> its sample lines. */
	private final Map<String, Map<String, String>> groups = new ConcurrentHashMap<>();

	private HttpServer server;

	private int status = 200;

	@BeforeEach
	void startServer() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/", (exchange) -> {
			String method = exchange.getRequestMethod();
			String path = exchange.getRequestURI().getPath();
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			this.requests.add(method + " " + path);
			this.bodies.add(body);
			if (method.equals("PUT")) {
				this.groups.put(path, samplesByName(body));
			}
			else if (method.equals("POST")) {
				this.groups.computeIfAbsent(path, (key) -> new TreeMap<>()).putAll(samplesByName(body));
			}
			exchange.sendResponseHeaders(this.status, -1);
			exchange.close();
		});
		this.server.start();
	}

	@AfterEach
	void stopServer() {
		this.server.stop(0);
	}

	@Test
	void replaceShouldPutTheTextToTheJobGroup() throws Exception {
		new Pushgateway(baseUri("/")).replace(new MetricsGroup(Map.of(), "etl_step_seconds{step=\"curate\"} 1.5\n"));
		assertThat(this.requests).containsExactly("PUT " + RUN_GROUP);
		assertThat(this.bodies).containsExactly("etl_step_seconds{step=\"curate\"} 1.5\n");
	}

	@Test
	void groupingLabelsShouldExtendTheGroupPath() throws Exception {
		new Pushgateway(baseUri("")).replace(new MetricsGroup(RunMetrics.SUCCESS_GROUP, "x 1\n"));
		assertThat(this.requests).containsExactly("PUT " + SUCCESS_GROUP);
	}

	@Test
	void aLaterRunShouldLeaveNoSeriesOfAnEarlierRunInTheGateway() throws Exception {
		push(successfulRunWithDrift("r1", "v1"));
		assertThat(this.groups.get(RUN_GROUP)).containsKeys("etl_drift_psi", "etl_model_holdout_accuracy");

		RunRecorder quiet = new RunRecorder(at("2026-12-01T19:05:00Z"));
		quiet.runId("r2");
		quiet.start("curate").succeeded("no new raw objects");
		quiet.start("train").skipped("no new data");
		push(quiet.finish(null));

		assertThat(this.requests).containsExactly("PUT " + RUN_GROUP, "PUT " + SUCCESS_GROUP, "PUT " + RUN_GROUP,
				"PUT " + SUCCESS_GROUP);
		assertThat(this.bodies.get(2)).doesNotContain("etl_drift_psi", "etl_model_holdout_accuracy");
		assertThat(this.groups.get(RUN_GROUP)).containsOnlyKeys("etl_step_seconds");
		assertThat(this.groups.get(RUN_GROUP).get("etl_step_seconds")).contains("step=\"train\"");
		assertThat(this.groups.get(SUCCESS_GROUP)).containsExactly(Map.entry("etl_last_success_timestamp_seconds",
				"etl_last_success_timestamp_seconds " + Instant.parse("2026-12-01T19:05:00Z").getEpochSecond()));
	}

	@Test
	void aFailedRunShouldKeepTheLastSuccessAndDropTheEarlierRunsSeries() throws Exception {
		push(successfulRunWithDrift("r1", "v1"));
		RunRecorder failed = new RunRecorder(at("2026-12-01T19:05:00Z"));
		failed.start("curate").failed("S3 unreachable");
		push(failed.finish("S3 unreachable"));

		assertThat(this.groups.get(RUN_GROUP)).containsOnlyKeys("etl_step_seconds");
		assertThat(this.groups.get(SUCCESS_GROUP)).containsEntry("etl_last_success_timestamp_seconds",
				"etl_last_success_timestamp_seconds " + Instant.parse("2026-12-01T19:00:00Z").getEpochSecond());
	}

	@Test
	void pushRefusedByTheGatewayShouldFailWithItsStatus() {
		this.status = 400;
		assertThatIOException()
			.isThrownBy(() -> new Pushgateway(baseUri("")).replace(new MetricsGroup(Map.of(), "bad")))
			.withMessageContaining("answered 400");
	}

	private void push(RunReport report) throws Exception {
		Pushgateway pushgateway = new Pushgateway(baseUri(""));
		for (MetricsGroup group : RunMetrics.groups(report)) {
			pushgateway.replace(group);
		}
	}

	private static RunReport successfulRunWithDrift(String runId, String version) {
		RunRecorder recorder = new RunRecorder(at("2026-12-01T19:00:00Z"));
		recorder.runId(runId);
		recorder.start("curate").succeeded("10 records");
		recorder.start("train").succeeded(version);
		recorder.model(new RunReport.ModelSummary(version, 0.8, "PROMOTED", "first model", version));
		recorder.drift(
				new RunReport.DriftSummary("reports/drift/" + runId + ".json", Map.of("age", 0.3, "hero", 0.01), true));
		return recorder.finish(null);
	}

	private static Map<String, String> samplesByName(String text) {
		Map<String, String> samples = new TreeMap<>();
		text.lines().filter((line) -> !line.isBlank() && !line.startsWith("#")).forEach((line) -> {
			String name = line.split("[{ ]", 2)[0];
			samples.merge(name, line, (a, b) -> a + "\n" + b);
		});
		return samples;
	}

	private static Clock at(String instant) {
		return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
	}

	private URI baseUri(String suffix) {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort() + suffix);
	}

}

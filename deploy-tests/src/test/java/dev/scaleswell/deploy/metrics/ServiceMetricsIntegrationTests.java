package dev.scaleswell.deploy.metrics;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.scaleswell.deploy.RepositoryFiles;
import dev.scaleswell.deploy.chart.ScalesWellChart;
import dev.scaleswell.deploy.container.Dockerfile;
import dev.scaleswell.deploy.monitoring.MetricNames;
import dev.scaleswell.testsupport.EmbeddedS3;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Runs each service as its image and chart would (layered launcher, chart environment)
 * against a real S3 protocol server, then checks that the chart's probe paths answer,
 * that the metrics the alert rules and dashboards use are really exposed on
 * {@code /actuator/prometheus}, and what operators read: JSON log lines carrying the
 * request's trace id, the version and commit in {@code /actuator/info}, a latency bucket
 * at the alert threshold, no gauge named like a counter.
 * <p>
 * The dispatcher logs each request at DEBUG here, so that a request writes a log line.
 * <p>
 * Metrics every service exposes are required. A service's own metrics (ingest queue,
 * predictions...) are required with {@code -Ddeploy-tests.require-service-metrics=true};
 * without it the missing ones are written to {@code target/metrics-coverage.txt} (and
 * published as report entries), because the services are built in parallel with this
 * module.
 */
class ServiceMetricsIntegrationTests {

	static final List<String> MODULES = List.of("predict-service", "analytics-service", "ingest-service");

	private static final boolean REQUIRE_SERVICE_METRICS = Boolean.getBoolean("deploy-tests.require-service-metrics");

	@RegisterExtension
	static final EmbeddedS3 s3 = new EmbeddedS3();

	@TempDir
	static Path work;

	private static final Map<String, ServiceProcess> services = new LinkedHashMap<>();

	private static final Map<String, List<String>> missingByModule = new TreeMap<>();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final Pattern GAUGE = Pattern.compile("^# TYPE (\\S+) gauge$", Pattern.MULTILINE);

	@BeforeAll
	static void startServices() throws Exception {
		for (String module : MODULES) {
			assumeThat(jar(module)).as("%s/target has no jar: build with ./mvnw -pl deploy-tests -am verify", module)
				.isNotNull();
		}
		for (String module : MODULES) {
			Map<String, String> environment = chartEnvironment(module);
			environment.put("JAVA_TOOL_OPTIONS", "-XX:TieredStopAtLevel=1 -Xss512k");
			if (services.containsKey("predict-service")) {
				environment.put("PREDICT_SERVICE_URL", services.get("predict-service").uri("").toString());
			}
			List<String> arguments = new ArrayList<>();
			s3.springProperties().forEach((name, value) -> arguments.add("--" + name + "=" + value));
			arguments.add("--logging.level.org.springframework.web.servlet.DispatcherServlet=debug");
			Path directory = Files.createDirectories(work.resolve(module));
			services.put(module, ServiceProcess.start(module, jar(module), Dockerfile.of(module).entrypoint(),
					environment, arguments, directory));
		}
		for (ServiceProcess service : services.values()) {
			service.awaitOk("/actuator/health/liveness");
		}
	}

	@AfterAll
	static void stopServicesAndWriteCoverage() throws InterruptedException, IOException {
		for (ServiceProcess service : services.values()) {
			service.stop();
		}
		services.clear();
		StringBuilder report = new StringBuilder(
				"# metrics used by monitoring/ but not exposed by the running service\n");
		missingByModule.forEach((module, missing) -> report.append(module)
			.append(": ")
			.append(missing.isEmpty() ? "none" : String.join(" ", missing))
			.append('\n'));
		Files.writeString(Path.of(System.getProperty("basedir", "."), "target", "metrics-coverage.txt"), report);
	}

	/**
	 * Startup and liveness must answer 200. Readiness must be served too, but may answer
	 * 503 here: predict is not ready without a model, analytics without curated data, and
	 * this S3 is empty.
	 */
	@ParameterizedTest
	@FieldSource("MODULES")
	void probePathsOfTheChartAreServed(String module) throws Exception {
		Container container = container(module);
		ServiceProcess service = services.get(module);
		for (Probe probe : List.of(container.getStartupProbe(), container.getLivenessProbe())) {
			String path = probe.getHttpGet().getPath();
			assertThat(service.get(path).statusCode()).as("%s %s", module, path).isEqualTo(200);
		}
		String readiness = container.getReadinessProbe().getHttpGet().getPath();
		HttpResponse<String> response = service.get(readiness);
		assertThat(response.statusCode()).as("%s %s", module, readiness).isIn(200, 503);
		assertThat(response.body()).as("%s %s", module, readiness).contains("\"status\"");
	}

	@ParameterizedTest
	@FieldSource("MODULES")
	void metricsUsedByRulesAndDashboardsAreExposed(String module, TestReporter reporter) throws Exception {
		ServiceProcess service = services.get(module);
		// one request outside the actuator, so the HTTP server metrics have a series
		service.get("/");
		String scrape = service.get("/actuator/prometheus").body();
		Set<String> exposed = sampleNames(scrape);

		List<String> common = namesFrom(MetricNames.ALL_SERVICES);
		assertThat(exposed).as("%s exposes every metric common to all services", module).containsAll(common);

		List<String> own = namesFrom(module);
		List<String> missing = own.stream().filter((name) -> !exposed.contains(name)).toList();
		missingByModule.put(module, missing);
		if (REQUIRE_SERVICE_METRICS) {
			assertThat(missing).as("%s metrics used by rules/dashboards but not exposed", module).isEmpty();
		}
		else if (!missing.isEmpty()) {
			reporter.publishEntry(module + ".missing-metrics", String.join(",", missing));
		}
	}

	@ParameterizedTest
	@FieldSource("MODULES")
	void logLinesShouldBeJsonAndARequestsLinesShouldCarryItsTraceId(String module) throws Exception {
		ServiceProcess service = services.get(module);
		String traceId = "%032x".formatted(Math.abs((long) module.hashCode()) + 1);
		HttpRequest request = HttpRequest.newBuilder(service.uri("/actuator/health/liveness"))
			.header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
			.build();
		HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.headers().firstValue("X-Request-Id")).as("%s request id", module).hasValue(traceId);
		List<JsonNode> lines = service.logLines()
			.stream()
			.filter((line) -> !line.startsWith("Picked up JAVA_TOOL_OPTIONS"))
			.map((line) -> JSON.readTree(line))
			.toList();
		assertThat(lines).as("%s log lines", module)
			.isNotEmpty()
			.allSatisfy((line) -> assertThat(line.path("service").path("name").asString()).isEqualTo(module));
		List<JsonNode> requestLines = lines.stream()
			.filter((line) -> line.path("traceId").asString().equals(traceId))
			.toList();
		assertThat(requestLines).as("%s log lines of the request", module).isNotEmpty();
		// as it really prints, for docs/deployment.md
		Files.writeString(Path.of(System.getProperty("basedir", "."), "target", module + "-request-log-line.json"),
				requestLines.get(0).toString());
	}

	@ParameterizedTest
	@FieldSource("MODULES")
	void infoShouldNameTheBuiltVersionAndCommit(String module) throws Exception {
		JsonNode info = JSON.readTree(services.get(module).get("/actuator/info").body());
		assertThat(info.path("build").path("version").asString()).as("%s build.version", module)
			.isEqualTo(System.getProperty("deploy-tests.version"));
		assertThat(info.path("build").path("artifact").asString()).isEqualTo(module);
		if (Files.isDirectory(RepositoryFiles.resolve(".git"))) {
			assertThat(info.path("git").path("commit").path("id").asString()).as("%s git.commit.id", module)
				.matches("[0-9a-f]{7,40}");
		}
	}

	@ParameterizedTest
	@FieldSource("MODULES")
	void latencyHistogramShouldHaveABucketAtTheP99AlertThreshold(String module) throws Exception {
		ServiceProcess service = services.get(module);
		service.get("/");
		String scrape = service.get("/actuator/prometheus").body();
		assertThat(scrape).as("%s http_server_requests_seconds_bucket at 100 ms", module)
			.containsPattern("(?m)^http_server_requests_seconds_bucket\\{[^}]*le=\"0\\.1\"");
	}

	@ParameterizedTest
	@FieldSource("MODULES")
	void noGaugeShouldBeNamedLikeACounter(String module) throws Exception {
		String scrape = services.get(module).get("/actuator/prometheus").body();
		List<String> gauges = new ArrayList<>();
		Matcher matcher = GAUGE.matcher(scrape);
		while (matcher.find()) {
			gauges.add(matcher.group(1));
		}
		assertThat(gauges).as("%s gauges", module).isNotEmpty().noneMatch((name) -> name.endsWith("_total"));
	}

	static Set<String> sampleNames(String scrape) {
		Set<String> names = new TreeSet<>();
		scrape.lines()
			.filter((line) -> !line.isBlank() && !line.startsWith("#"))
			.map((line) -> line.split("[{ ]", 2)[0])
			.forEach(names::add);
		return names;
	}

	private static List<String> namesFrom(String source) {
		return MetricNames.sources()
			.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().equals(source))
			.map(Map.Entry::getKey)
			.toList();
	}

	private static Container container(String module) {
		String component = module.replace("-service", "");
		Deployment deployment = ScalesWellChart.renderDefaults()
			.named(Deployment.class, ScalesWellChart.componentName(component));
		return deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
	}

	/** The plain-value environment the chart gives the service's container. */
	private static Map<String, String> chartEnvironment(String module) {
		Map<String, String> environment = new LinkedHashMap<>();
		for (EnvVar variable : container(module).getEnv()) {
			if (variable.getValue() != null) {
				environment.put(variable.getName(), variable.getValue());
			}
		}
		return environment;
	}

	static Path jar(String module) throws IOException {
		Path target = RepositoryFiles.resolve(module + "/target");
		if (!Files.isDirectory(target)) {
			return null;
		}
		try (Stream<Path> files = Files.list(target)) {
			return files.filter((file) -> file.getFileName().toString().matches(module + "(-.*)?\\.jar"))
				.findFirst()
				.orElse(null);
		}
	}

}

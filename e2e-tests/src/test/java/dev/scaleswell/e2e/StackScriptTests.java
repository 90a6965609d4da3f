package dev.scaleswell.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code bin/stack} as a developer uses it beside the build: {@code up} on a running
 * stack and a {@code ./mvnw package} while it runs must leave every service answering,
 * including on paths whose classes were not loaded yet (a service running from a jar that
 * a build rewrote leaves such requests hanging).
 */
@Timeout(value = 20, unit = TimeUnit.MINUTES)
class StackScriptTests {

	private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

	private static final Path work = Path.of("target", "stack-script").toAbsolutePath();

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static final Map<String, String> env = new TreeMap<>();

	@BeforeAll
	static void isolatedStack() throws IOException {
		assumeTrue(Files.isExecutable(ROOT.resolve("bin/stack")), "bin/stack not found");
		LocalSystem.deleteRecursively(work);
		Files.createDirectories(work);
		env.put("STACK_DIR", work.toString());
		List<Integer> ports = LocalSystem.freePorts(5);
		env.put("STACK_S3_PORT", Integer.toString(ports.get(0)));
		env.put("PREDICT_PORT", Integer.toString(ports.get(1)));
		env.put("INGEST_PORT", Integer.toString(ports.get(2)));
		env.put("ANALYTICS_PORT", Integer.toString(ports.get(3)));
		env.put("CONSOLE_PORT", Integer.toString(ports.get(4)));
		env.put("STACK_ETL_INTERVAL", "3600");
		env.put("JAVA_HOME", System.getProperty("java.home"));
	}

	@AfterAll
	static void stackDown() throws Exception {
		if (!env.isEmpty()) {
			assertThat(run("down", Duration.ofMinutes(3), "bin/stack", "down")).isZero();
		}
	}

	@Test
	void upTwiceAndABuildDuringARunningStackLeaveEveryServiceAnswering() throws Exception {
		assertThat(run("up-1", Duration.ofMinutes(10), "bin/stack", "up")).as(log("up-1")).isZero();
		Map<String, String> pids = pids();
		assertThat(pids).containsKeys("s3", "predict", "ingest", "analytics", "console", "scheduler");
		assertEveryServiceAnswers();

		assertThat(run("package", Duration.ofMinutes(10), "./mvnw", "-B", "-q", "-o", "-DskipTests", "package", "-pl",
				"local-s3,etl-job,predict-service,ingest-service,analytics-service,web-console", "-am"))
			.as(log("package"))
			.isZero();
		assertEveryServiceAnswers();

		assertThat(run("up-2", Duration.ofMinutes(3), "bin/stack", "up")).as(log("up-2")).isZero();
		assertThat(log("up-2")).contains("Scales Well is up").doesNotContain("building");
		assertThat(pids()).as("a second up starts nothing anew").isEqualTo(pids);
		assertEveryServiceAnswers();
	}

	private static void assertEveryServiceAnswers() throws Exception {
		String ingest = "http://127.0.0.1:" + env.get("INGEST_PORT");
		String predict = "http://127.0.0.1:" + env.get("PREDICT_PORT");
		String analytics = "http://127.0.0.1:" + env.get("ANALYTICS_PORT");
		String console = "http://127.0.0.1:" + env.get("CONSOLE_PORT");
		for (String base : List.of(ingest, predict, analytics, console)) {
			assertThat(get(base + "/").statusCode()).as(base + "/").isEqualTo(200);
		}
		HttpResponse<String> fractionalAge = http.send(HttpRequest.newBuilder(URI.create(ingest + "/submit-user-data"))
			.timeout(Duration.ofSeconds(15))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Ada\",\"age\":30.5,\"hero\":\"Thor\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertProblem(fractionalAge, 400);
		assertThat(get(predict + "/duel?name1=Thor&name2=Hulk").statusCode()).isEqualTo(200);
		assertProblem(get(predict + "/duel?name1=Thor&name2=%20THOR"), 400);
		assertThat(get(analytics + "/analytics").statusCode()).isEqualTo(200);
		assertProblem(get(analytics + "/analytics/leaderboard?limit=ten"), 400);
	}

	private static void assertProblem(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.uri() + ": " + response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
	}

	/** Fails rather than waits when a service leaves the request hanging. */
	private static HttpResponse<String> get(String uri) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(15)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static Map<String, String> pids() throws IOException {
		Map<String, String> pids = new TreeMap<>();
		try (var files = Files.list(work.resolve("run"))) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".pid")).toList()) {
				pids.put(file.getFileName().toString().replace(".pid", ""), Files.readString(file).strip());
			}
		}
		return pids;
	}

	private static int run(String name, Duration timeout, String... command) throws Exception {
		ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(List.of(command))).directory(ROOT.toFile())
			.redirectErrorStream(true)
			.redirectOutput(work.resolve(name + ".out").toFile());
		builder.environment().putAll(env);
		Process process = builder.start();
		if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			throw new IllegalStateException(
					String.join(" ", command) + " did not finish within " + timeout + "\n" + log(name));
		}
		return process.exitValue();
	}

	private static String log(String name) {
		try {
			return Files.readString(work.resolve(name + ".out"));
		}
		catch (IOException ex) {
			return "(no output: " + ex.getMessage() + ")";
		}
	}

}

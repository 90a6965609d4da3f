package dev.scaleswell.e2e;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The whole system as a user meets it: the real jars as processes against a standalone,
 * filesystem-backed S3Proxy. Warriors go in through ingest, the ETL jar curates and
 * trains, predict and analytics pick the new data up, and everything stops cleanly.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class EndToEndTests {

	private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

	private static final String BUCKET = "scale-etl-bucket-1";

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	/**
	 * Logs, S3 data and reports of the last run; kept after the test to read on failure.
	 */
	private static final Path work = Path.of("target", "e2e").toAbsolutePath();

	private static final Map<String, Integer> ports = new LinkedHashMap<>();

	private static final List<JarProcess> running = new ArrayList<>();

	private static Map<String, String> env;

	@BeforeAll
	static void startSystem() throws Exception {
		for (String module : List.of("local-s3", "etl-job", "predict-service", "ingest-service", "analytics-service")) {
			assumeTrue(Files.isRegularFile(jar(module)),
					() -> jar(module) + " is not built: these tests run in ./mvnw verify, after package");
		}
		deleteRecursively(work);
		Files.createDirectories(work);
		for (String name : List.of("s3", "predict", "ingest", "analytics")) {
			ports.put(name, freePort());
		}
		env = Map.of("SCALESWELL_S3_ENDPOINT", "http://127.0.0.1:" + ports.get("s3"), "SCALESWELL_S3_PATH_STYLE",
				"true", "SCALESWELL_S3_ACCESS_KEY_ID", "local", "SCALESWELL_S3_SECRET_ACCESS_KEY", "local-secret",
				"S3_BUCKET", BUCKET, "AWS_REGION", "us-east-1", "PREDICT_SERVICE_URL",
				"http://127.0.0.1:" + ports.get("predict"));
		startS3();
		// an empty bucket and no flag, as a first install runs it: the registry has no
		// champion, so the run trains one from the hero roster
		assertThat(etl("run")).as("first ETL run on an empty bucket").isZero();
		assertThat(work.resolve("s3").resolve(BUCKET).resolve("models/duel/aliases/champion.json"))
			.as("champion alias after the first run")
			.isRegularFile();
		for (String name : List.of("predict", "ingest", "analytics")) {
			List<String> args = new ArrayList<>(List.of("--server.port=" + ports.get(name)));
			args.addAll(FAST_REFRESH);
			running.add(JarProcess.start(name, jar(name + "-service"), args, env, work));
		}
		for (JarProcess process : running.subList(1, running.size())) {
			awaitReady(process);
		}
	}

	@AfterAll
	static void stopSystem() throws Exception {
		for (JarProcess process : running.reversed()) {
			process.close();
		}
	}

	@Test
	@Order(1)
	void submittedWarriorsAreAcknowledgedWithAnInstantPrediction() throws Exception {
		for (String warrior : List.of("{\"name\":\"Ada Lovelace\",\"age\":31,\"hero\":\"Thor\"}",
				"{\"name\":\"Grace\",\"age\":45,\"hero\":\"Hulk\"}",
				"{\"name\":\"Linus\",\"age\":19,\"hero\":\"Thor\"}")) {
			HttpResponse<String> response = post("ingest", "/submit-user-data", warrior);
			assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
			JsonNode body = json.readTree(response.body());
			assertThat(body.path("id").asString()).isNotBlank();
			// the instant prediction has a 150 ms budget: a cold predict may miss it,
			// never the record
			if (body.path("predictionStatus").asString().equals("ok")) {
				assertThat(body.path("prediction").path("rating").asDouble()).isBetween(0.0, 1.0);
			}
			else {
				assertThat(body.path("predictionStatus").asString()).isEqualTo("unavailable");
				assertThat(body.path("prediction").isNull()).isTrue();
			}
		}
		HttpResponse<String> duel = post("ingest", "/duel-results",
				"{\"name1\":\"Ada Lovelace\",\"name2\":\"Grace\",\"winner\":\"Ada Lovelace\"}");
		assertThat(duel.statusCode()).as(duel.body()).isEqualTo(201);
	}

	@Test
	@Order(2)
	void afterTheEtlPredictAndAnalyticsKnowTheNewWarriors() throws Exception {
		assertThat(etl("run")).isZero();
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
			HttpResponse<String> response = get("predict", "/duel?name1=ada%20lovelace&name2=Grace");
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		});
		JsonNode duel = json.readTree(get("predict", "/duel?name1=Ada%20Lovelace&name2=Grace").body());
		assertThat(duel.path("winner").asString()).isIn("Ada Lovelace", "Grace");
		assertThat(duel.path("modelVersion").asString()).isNotBlank();
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
			JsonNode analytics = json.readTree(get("analytics", "/analytics").body());
			assertThat(analytics.path("totalUsers").asInt()).isEqualTo(3);
			assertThat(analytics.path("mostPopularHero").path("hero").asString()).isEqualTo("Thor");
			assertThat(analytics.path("duels").path("recorded").asInt()).isEqualTo(1);
		});
		HttpResponse<String> rating = post("predict", "/warriors/rating",
				"{\"name\":\"Someone New\",\"age\":28,\"hero\":\"Hulk\"}");
		assertThat(rating.statusCode()).as(rating.body()).isEqualTo(200);
		assertThat(json.readTree(rating.body()).path("rating").asDouble()).isBetween(0.0, 1.0);
	}

	@Test
	@Order(3)
	void moreDataTrainsASecondVersionWhoseGateVerdictIsListed() throws Exception {
		for (int i = 0; i < 20; i++) {
			String warrior = "{\"name\":\"Fighter " + i + "\",\"age\":" + (20 + i) + ",\"hero\":\"Hulk\"}";
			assertThat(post("ingest", "/submit-user-data", warrior).statusCode()).isEqualTo(201);
		}
		assertThat(etl("run")).isZero();
		assertThat(
				JarProcess.run("list-models", jar("etl-job"), List.of("list-models"), env, work, Duration.ofMinutes(1)))
			.isZero();
		String listing = Files.readString(work.resolve("list-models.log"));
		assertThat(listing.lines().filter((line) -> line.matches("^\\s*\\d{8}T\\d{6}Z-.*"))).as(listing)
			.hasSizeGreaterThanOrEqualTo(2);
		assertThat(listing).containsAnyOf("PROMOTED", "REJECTED");
	}

	@Test
	@Order(4)
	void everyProcessStopsCleanlyAndReleasesItsPort() throws Exception {
		for (JarProcess process : running.reversed()) {
			assertThat(process.stop(Duration.ofSeconds(40))).as(process.name() + " exit code").isIn(0, 143);
		}
		running.clear();
		for (Map.Entry<String, Integer> port : ports.entrySet()) {
			try (ServerSocket socket = new ServerSocket(port.getValue())) {
				assertThat(socket.getLocalPort()).as(port.getKey()).isEqualTo(port.getValue());
			}
		}
	}

	/** Service settings that make the test see new models and data within seconds. */
	private static final List<String> FAST_REFRESH = List.of("--scaleswell.analytics.poll-interval=1s",
			"--scaleswell.predict.model.poll-interval=1s", "--scaleswell.predict.directory.poll-interval=1s");

	/** ETL options that keep each training run to seconds. */
	private static final List<String> SMALL_TRAINING = List.of("--synthetic-duels=4000", "--trees=20");

	private static void startS3() throws Exception {
		Path data = work.resolve("s3");
		Files.createDirectories(data.resolve(BUCKET));
		Path properties = work.resolve("s3proxy.properties");
		Files.writeString(properties, """
				s3proxy.endpoint=http://127.0.0.1:%d
				s3proxy.authorization=aws-v2-or-v4
				s3proxy.identity=local
				s3proxy.credential=local-secret
				jclouds.provider=filesystem-nio2
				jclouds.filesystem.basedir=%s
				""".formatted(ports.get("s3"), data));
		JarProcess s3 = JarProcess.start("s3", jar("local-s3"), List.of("--properties", properties.toString()),
				Map.of(), work);
		running.add(s3);
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
			assertThat(s3.isAlive()).as(s3::tail).isTrue();
			try (var socket = new java.net.Socket("127.0.0.1", ports.get("s3"))) {
				return true;
			}
			catch (IOException ex) {
				return false;
			}
		});
	}

	private static int etl(String... args) throws Exception {
		List<String> command = new ArrayList<>(List.of(args));
		command.addAll(SMALL_TRAINING);
		command.add("--report=" + work.resolve("etl-report.json"));
		return JarProcess.run("etl", jar("etl-job"), command, env, work, Duration.ofMinutes(2));
	}

	private static void awaitReady(JarProcess process) {
		try {
			await().atMost(Duration.ofSeconds(180))
				.pollInterval(Duration.ofMillis(500))
				.ignoreExceptionsInstanceOf(ConnectException.class)
				.untilAsserted(() -> {
					assertThat(process.isAlive()).as(process::tail).isTrue();
					assertThat(get(process.name(), "/actuator/health/readiness").statusCode()).isEqualTo(200);
				});
		}
		catch (ConditionTimeoutException ex) {
			throw new AssertionError(process.name() + " not ready\n" + process.tail(), ex);
		}
	}

	private static HttpResponse<String> get(String service, String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(uri(service, path)).timeout(Duration.ofSeconds(10)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static HttpResponse<String> post(String service, String path, String body)
			throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(uri(service, path))
			.timeout(Duration.ofSeconds(10))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static URI uri(String service, String path) {
		return URI.create("http://127.0.0.1:" + ports.get(service) + path);
	}

	private static Path jar(String module) {
		return ROOT.resolve(module).resolve("target").resolve(module + ".jar");
	}

	private static void deleteRecursively(Path path) throws IOException {
		if (Files.exists(path)) {
			try (var paths = Files.walk(path)) {
				paths.sorted(java.util.Comparator.reverseOrder()).forEach((each) -> each.toFile().delete());
			}
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}

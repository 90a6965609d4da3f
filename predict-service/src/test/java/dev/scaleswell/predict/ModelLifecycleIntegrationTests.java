package dev.scaleswell.predict;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import dev.scaleswell.model.warrior.WarriorProfile;
import dev.scaleswell.testsupport.EmbeddedS3;
import dev.scaleswell.testsupport.lake.CuratedParquet;
import dev.scaleswell.testsupport.lake.TestLake;
import dev.scaleswell.testsupport.lake.TestRegistry;
import dev.scaleswell.testsupport.lake.Warriors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.s3.S3Client;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The model lifecycle against a real S3 protocol server: no champion yet, the first
 * champion, a swap under concurrent load, and a corrupt artifact; all of it with the
 * reference system's default {@code MODEL_KEY} set.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ModelLifecycleIntegrationTests {

	@RegisterExtension
	static final EmbeddedS3 s3 = new EmbeddedS3("lifecycle-tests");

	static final List<WarriorProfile> users = Warriors.uniform(100, 5);

	static S3Client lake;

	static TestRegistry registry;

	static String servingVersion;

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry properties) {
		s3.springProperties().forEach((name, value) -> properties.add(name, () -> value));
		properties.add("scaleswell.predict.model.poll-interval", () -> "100ms");
		properties.add("scaleswell.predict.directory.poll-interval", () -> "100ms");
		// the reference system's default, which names no registry version: the champion
		// is followed
		properties.add("MODEL_KEY", () -> "models/duel_model.pkl");
	}

	@BeforeAll
	static void seedLake() {
		lake = TestLake.client(s3);
		new CuratedParquet(lake, s3.bucket()).commitUsers("run-1", users);
		registry = new TestRegistry(lake, s3.bucket());
	}

	@AfterAll
	static void closeLake() {
		lake.close();
	}

	@Test
	@Order(1)
	void beforeAnyChampionReadinessIsDownLivenessUpAndDuelsAnswer503() throws Exception {
		assertThat(send("/actuator/health/liveness").statusCode()).isEqualTo(200);
		assertThat(send("/actuator/health/readiness").statusCode()).isEqualTo(503);
		HttpResponse<String> duel = send(duelUri());
		assertThat(duel.statusCode()).isEqualTo(503);
		assertThat(duel.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(duel.headers().firstValue("Retry-After")).isPresent();
		assertThat(this.json.readTree(duel.body()).path("type").asString())
			.isEqualTo("https://scaleswell.dev/problems/not-ready");
	}

	@Test
	@Order(2)
	void firstChampionMakesTheServiceReady() {
		servingVersion = registry.publish(21);
		registry.champion(servingVersion);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(send("/actuator/health/readiness").statusCode()).isEqualTo(200));
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(version(send(duelUri()))).isEqualTo(servingVersion));
	}

	@Test
	@Order(3)
	void swapUnderConcurrentLoadFailsNoRequest() throws Exception {
		String next = registry.publish(22);
		AtomicBoolean running = new AtomicBoolean(true);
		AtomicInteger answered = new AtomicInteger();
		AtomicInteger failed = new AtomicInteger();
		Set<String> versions = ConcurrentHashMap.newKeySet();
		List<Thread> clients = java.util.stream.IntStream.range(0, 6).mapToObj((i) -> Thread.ofVirtual().start(() -> {
			while (running.get()) {
				try {
					HttpResponse<String> response = send(duelUri());
					if (response.statusCode() == 200) {
						versions.add(version(response));
						answered.incrementAndGet();
					}
					else {
						failed.incrementAndGet();
					}
				}
				catch (Exception ex) {
					failed.incrementAndGet();
				}
			}
		})).toList();
		await().atMost(Duration.ofSeconds(10)).until(() -> answered.get() > 200);
		registry.champion(next);
		await().atMost(Duration.ofSeconds(30)).until(() -> versions.contains(next));
		int afterSwap = answered.get();
		await().atMost(Duration.ofSeconds(10)).until(() -> answered.get() > afterSwap + 200);
		running.set(false);
		for (Thread client : clients) {
			client.join();
		}
		assertThat(failed.get()).isZero();
		assertThat(versions).containsExactlyInAnyOrder(servingVersion, next);
		servingVersion = next;
	}

	@Test
	@Order(4)
	void corruptArtifactKeepsTheOldModelServingCountedAndNotRetried() throws Exception {
		String corrupt = registry.publishCorrupt(23);
		registry.champion(corrupt);
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(loadFailures()).isEqualTo(1.0));
		Thread.sleep(500);
		assertThat(loadFailures()).isEqualTo(1.0);
		HttpResponse<String> duel = send(duelUri());
		assertThat(duel.statusCode()).isEqualTo(200);
		assertThat(version(duel)).isEqualTo(servingVersion);
		assertThat(send("/actuator/health/readiness").statusCode()).isEqualTo(200);
	}

	private double loadFailures() throws Exception {
		String metrics = send("/actuator/prometheus").body();
		return metrics.lines()
			.filter((line) -> line.startsWith("predict_model_load_failures_total"))
			.mapToDouble((line) -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
			.sum();
	}

	private String duelUri() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		int a = random.nextInt(users.size());
		int b = (a + 1 + random.nextInt(users.size() - 1)) % users.size();
		return "/duel?name1=" + encode(users.get(a).name()) + "&name2=" + encode(users.get(b).name());
	}

	private String version(HttpResponse<String> response) {
		JsonNode body = this.json.readTree(response.body());
		return body.path("modelVersion").asString();
	}

	private HttpResponse<String> send(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.timeout(Duration.ofSeconds(10))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}

package dev.scaleswell.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

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

/**
 * Faults injected into the real system: S3 going away and coming back under all three
 * services at once, and a {@code kill -9} of ingest-service under load, after which every
 * acknowledged record must be in S3.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class FaultToleranceTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static LocalSystem system;

	@BeforeAll
	static void startSystem() throws Exception {
		system = new LocalSystem("faults").startAll();
	}

	@AfterAll
	static void stopSystem() throws Exception {
		if (system != null) {
			system.close();
		}
	}

	@Test
	@Order(1)
	void s3OutageIsSurvivedByEveryServiceAndRecoveredFromWithoutAnOperator() throws Exception {
		assertThat(submit("Before Outage").statusCode()).isEqualTo(201);
		system.kill("s3");

		HttpResponse<String> refused = submit("During Outage");
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
		assertThat(refused.headers().firstValue("Retry-After")).isPresent();
		assertThat(refused.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(system.get("predict", "/duel?name1=Thor&name2=Hulk").statusCode())
			.as("predict answers from the model it holds")
			.isEqualTo(200);
		assertThat(system.get("analytics", "/analytics").statusCode()).as("analytics answers from its snapshot")
			.isEqualTo(200);
		for (String service : LocalSystem.SERVICES) {
			assertThat(system.get(service, "/actuator/health/readiness").statusCode())
				.as(service + " stays in the Service: an S3 outage is every pod's, not this one's")
				.isEqualTo(200);
		}
		JsonNode health = json.readTree(system.get("ingest", "/actuator/health").body());
		assertThat(health.path("components").path("s3").path("status").asString()).isEqualTo("DOWN");

		system.startS3();
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofSeconds(1))
			.untilAsserted(() -> assertThat(submit("After Outage").statusCode()).isEqualTo(201));
		assertThat(system.etl("run")).isZero();
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
			assertThat(system.get("predict", "/duel?name1=After%20Outage&name2=Thor").statusCode()).isEqualTo(200);
			assertThat(json.readTree(system.get("analytics", "/analytics").body()).path("totalUsers").asInt())
				.isGreaterThanOrEqualTo(2);
		});
		assertThat(storedNames()).contains("Before Outage", "After Outage").doesNotContain("During Outage");
	}

	@Test
	@Order(2)
	void killMinus9OfIngestUnderLoadLosesNoAcknowledgedRecord() throws Exception {
		Set<String> acknowledged = ConcurrentHashMap.newKeySet();
		AtomicBoolean loading = new AtomicBoolean(true);
		AtomicInteger sent = new AtomicInteger();
		try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
			try {
				for (int client = 0; client < 8; client++) {
					int id = client;
					clients.submit(() -> {
						for (int i = 0; loading.get(); i++) {
							sent.incrementAndGet();
							try {
								HttpResponse<String> response = submit("Load " + id + " " + i);
								if (response.statusCode() == 201) {
									acknowledged.add(json.readTree(response.body()).path("id").asString());
								}
							}
							catch (IOException ex) {
								// the service is gone: not acknowledged, nothing owed
							}
						}
						return null;
					});
				}
				// killed once the load has written a good many records, however long a
				// loaded machine takes to get there, while the clients go on sending
				await().atMost(Duration.ofSeconds(60))
					.pollInterval(Duration.ofMillis(100))
					.untilAsserted(
							() -> assertThat(acknowledged).as("acknowledged before the kill, of %d sent", sent.get())
								.hasSizeGreaterThan(50));
				system.kill("ingest");
			}
			finally {
				loading.set(false);
			}
		}

		system.start("ingest");
		system.awaitReady("ingest");
		assertThat(storedIds()).as("every acknowledged record is in S3 after kill -9").containsAll(acknowledged);
	}

	private static HttpResponse<String> submit(String name) throws IOException, InterruptedException {
		return system.post("ingest", "/submit-user-data", "{\"name\":\"" + name + "\",\"age\":30,\"hero\":\"Thor\"}");
	}

	private static Set<String> storedIds() throws IOException {
		Set<String> ids = new HashSet<>();
		for (JsonNode record : storedSubmissions()) {
			ids.add(record.path("id").asString());
		}
		return ids;
	}

	private static Set<String> storedNames() throws IOException {
		Set<String> names = new HashSet<>();
		for (JsonNode record : storedSubmissions()) {
			names.add(record.path("name").asString());
		}
		return names;
	}

	/**
	 * Every raw submission object, read from S3Proxy's files: one JSON line per record.
	 */
	private static List<JsonNode> storedSubmissions() throws IOException {
		Path raw = system.bucket().resolve("raw/submissions");
		try (var files = Files.walk(raw)) {
			List<Path> objects = files.filter((file) -> file.getFileName().toString().endsWith(".jsonl.gz")).toList();
			List<JsonNode> records = new java.util.ArrayList<>();
			for (Path object : objects) {
				try (BufferedReader lines = new BufferedReader(new InputStreamReader(
						new GZIPInputStream(Files.newInputStream(object)), StandardCharsets.UTF_8))) {
					lines.lines().map(json::readTree).forEach(records::add);
				}
			}
			return records;
		}
	}

}

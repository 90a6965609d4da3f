package dev.scaleswell.ingest;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import dev.scaleswell.model.record.Dataset;
import dev.scaleswell.model.record.DuelResult;
import dev.scaleswell.model.record.LakeRecord;
import dev.scaleswell.model.record.Submission;
import dev.scaleswell.testsupport.EmbeddedS3;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.s3.S3Client;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.micrometer.tracing.test.autoconfigure.AutoConfigureTracing;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

// tracing as in production: tests switch it off unless asked
@AutoConfigureTracing
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class IngestIntegrationTests {

	@RegisterExtension
	static final EmbeddedS3 s3 = new EmbeddedS3();

	static final FakePredictService predict = new FakePredictService();

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		s3.springProperties().forEach((name, value) -> registry.add(name, () -> value));
		registry.add("scaleswell.ingest.prediction.base-url", predict::baseUrl);
		// Generous bounds: the test machine is shared and often overloaded.
		registry.add("scaleswell.ingest.writer.flush-deadline", () -> "15s");
		registry.add("scaleswell.ingest.prediction.timeout", () -> "1s");
		registry.add("scaleswell.ingest.prediction.open-duration", () -> "100ms");
	}

	@LocalServerPort
	int port;

	@Autowired
	S3Client s3Client;

	Http http;

	RawZone raw;

	@BeforeEach
	void setUp() {
		this.http = new Http("http://127.0.0.1:" + this.port);
		this.raw = new RawZone(this.s3Client, s3.bucket());
		predict.delay(0);
	}

	@Test
	void concurrentSubmissionsAreAllStoredOnceInFarFewerObjects() throws Exception {
		int n = 200;
		String tag = "Conc" + UUID.randomUUID().toString().substring(0, 6);
		List<HttpResponse<String>> responses;
		try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
			List<Future<HttpResponse<String>>> futures = java.util.stream.IntStream.range(0, n)
				.mapToObj((i) -> clients.submit(() -> this.http.post("/submit-user-data",
						"{\"name\":\"" + tag + " " + i + "\",\"age\":30,\"hero\":\"Thor\"}")))
				.toList();
			responses = futures.stream().map(IngestIntegrationTests::get).toList();
		}
		assertThat(responses).allSatisfy((response) -> assertThat(response.statusCode()).isEqualTo(201));
		Set<String> acknowledged = responses.stream()
			.map((response) -> Http.json(response).get("id").asString())
			.collect(Collectors.toSet());
		List<LakeRecord> stored = this.raw.records(Dataset.SUBMISSIONS)
			.stream()
			.filter((record) -> ((Submission) record).warrior().name().startsWith(tag))
			.toList();
		assertThat(stored).hasSize(n);
		assertThat(stored.stream().map((record) -> record.id().toString()))
			.containsExactlyInAnyOrderElementsOf(acknowledged);
		long objects = this.raw.keys(Dataset.SUBMISSIONS).size();
		assertThat(objects).as("raw objects for %d records", n).isLessThan(n / 4);
	}

	@Test
	void duelResultIsStoredWithNormalisedNames() {
		HttpResponse<String> response = this.http.post("/duel-results",
				"{\"name1\":\" ada  lovelace\",\"name2\":\"thor\",\"winner\":\"ADA LOVELACE\","
						+ "\"occurredAt\":\"2026-11-30T12:00:00Z\"}");
		assertThat(response.statusCode()).isEqualTo(201);
		JsonNode body = Http.json(response);
		assertThat(body.get("winner").asString()).isEqualTo("ada lovelace");
		DuelResult stored = (DuelResult) this.raw.records(Dataset.DUEL_RESULTS)
			.stream()
			.filter((record) -> record.id().toString().equals(body.get("id").asString()))
			.findFirst()
			.orElseThrow();
		assertThat(stored.outcome().name2()).isEqualTo("thor");
		assertThat(stored.outcome().winner()).isEqualTo("ada lovelace");
		assertThat(stored.outcome().occurredAt()).hasToString("2026-11-30T12:00:00Z");
	}

	@Test
	void duelResultWhoseWinnerIsNeitherNameIsRejected() {
		HttpResponse<String> response = this.http.post("/duel-results",
				"{\"name1\":\"Ada\",\"name2\":\"Thor\",\"winner\":\"Loki\"}");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(Http.json(response).get("errors").get(0).get("field").asString()).isEqualTo("winner");
	}

	@Test
	void retryWithSameIdempotencyKeyStoresOneRecordAndReplaysTheResponse() {
		String key = UUID.randomUUID().toString();
		String body = "{\"name\":\"Idem Potent\",\"age\":40,\"hero\":\"Loki\"}";
		HttpResponse<String> first = this.http.post("/submit-user-data", body, "Idempotency-Key", key);
		HttpResponse<String> retry = this.http.post("/submit-user-data", body, "Idempotency-Key", key);
		assertThat(first.statusCode()).isEqualTo(201);
		assertThat(retry.statusCode()).isEqualTo(201);
		assertThat(retry.body()).isEqualTo(first.body());
		assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
		String id = Http.json(first).get("id").asString();
		assertThat(UUID.fromString(id).version()).as("id derived from the key").isEqualTo(5);
		assertThat(this.raw.records(Dataset.SUBMISSIONS).stream().filter((record) -> record.id().toString().equals(id)))
			.hasSize(1);
	}

	@Test
	void submissionCarriesThePredictionWhenPredictServiceAnswers() throws InterruptedException {
		// An earlier test may have opened the circuit; it half-opens after 100 ms.
		Thread.sleep(200);
		HttpResponse<String> response = this.http.post("/submit-user-data",
				"{\"name\":\"Predicted One\",\"age\":22,\"hero\":\"Thor\"}");
		assertThat(response.statusCode()).isEqualTo(201);
		JsonNode body = Http.json(response);
		assertThat(body.get("predictionStatus").asString()).isEqualTo("ok");
		assertThat(body.get("prediction").get("rating").asDouble()).isEqualTo(0.61);
		assertThat(body.get("prediction").get("bestMatchup").get("hero").asString()).isEqualTo("Loki");
		assertThat(body.get("prediction").get("modelVersion").asString()).isEqualTo("20261201T180000Z-abc123");
	}

	@Test
	void slowPredictServiceStillStoresTheSubmissionAndSaysUnavailable() {
		predict.delay(4000);
		long start = System.nanoTime();
		HttpResponse<String> response = this.http.post("/submit-user-data",
				"{\"name\":\"Slow Predict\",\"age\":22,\"hero\":\"Thor\"}");
		long millis = (System.nanoTime() - start) / 1_000_000;
		assertThat(response.statusCode()).isEqualTo(201);
		JsonNode body = Http.json(response);
		assertThat(body.get("predictionStatus").asString()).isEqualTo("unavailable");
		assertThat(body.get("prediction").isNull()).isTrue();
		assertThat(millis).isLessThan(3500);
		assertThat(this.raw.records(Dataset.SUBMISSIONS)
			.stream()
			.filter((record) -> record.id().toString().equals(body.get("id").asString()))).hasSize(1);
	}

	@Test
	void responsesCarryServerTiming() {
		HttpResponse<String> response = this.http.post("/submit-user-data",
				"{\"name\":\"Timed One\",\"age\":22,\"hero\":\"Thor\"}");
		assertThat(response.headers().firstValue("Server-Timing"))
			.hasValueSatisfying((timing) -> assertThat(timing).matches("store;dur=\\d+\\.\\d, app;dur=\\d+\\.\\d"));
	}

	@Test
	void thePredictionCallCarriesTheSubmissionsTraceAndItsCircuitBreakerIsExported() throws Exception {
		String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
		HttpResponse<String> response = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest
				.newBuilder(java.net.URI.create("http://127.0.0.1:" + this.port + "/submit-user-data"))
				.header("Content-Type", "application/json")
				.header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
				.POST(java.net.http.HttpRequest.BodyPublishers
					.ofString("{\"name\":\"Traced One\",\"age\":30,\"hero\":\"Thor\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(201);
		assertThat(predict.lastTraceparent()).startsWith("00-" + traceId + "-");
		assertThat(this.http.get("/actuator/prometheus").body()).contains("resilience4j_circuitbreaker_state{")
			.contains("name=\"predict\"");
	}

	@Test
	void rootIsHealthAndMetricsIsPrometheusTextWithIngestMeters() {
		this.http.post("/submit-user-data", "{\"name\":\"Metered One\",\"age\":22,\"hero\":\"Thor\"}");
		this.http.post("/submit-user-data", "{\"name\":\"Thor\",\"age\":22,\"hero\":\"Thor\"}");
		HttpResponse<String> root = this.http.get("/");
		assertThat(root.statusCode()).isEqualTo(200);
		assertThat(Http.json(root).get("status").asString()).isEqualTo("UP");
		HttpResponse<String> metrics = this.http.get("/metrics");
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body())
			.contains("ingest_records_total{application=\"ingest-service\",dataset=\"submissions\",outcome=\"stored\"}")
			.contains(
					"ingest_records_total{application=\"ingest-service\",dataset=\"submissions\",outcome=\"rejected\"}")
			.contains("ingest_batch_records_bucket{")
			.contains("ingest_flush_seconds_bucket{")
			.contains("ingest_queue_depth{")
			.contains("ingest_queue_capacity{application=\"ingest-service\",dataset=\"submissions\"} 10000")
			.contains("ingest_predictions_total{")
			.contains("http_server_requests_seconds_bucket{");
	}

	@Test
	void readinessIsTheWriteQueueAndHealthReportsS3() {
		HttpResponse<String> readiness = this.http.get("/actuator/health/readiness");
		assertThat(readiness.statusCode()).isEqualTo(200);
		assertThat(Http.json(readiness).path("components").has("writeQueue")).isTrue();
		assertThat(Http.json(readiness).path("components").has("s3")).isFalse();
		assertThat(this.http.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
		HttpResponse<String> health = this.http.get("/actuator/health");
		assertThat(Http.json(health).path("components").path("s3").path("status").asString()).as(health.body())
			.isEqualTo("UP");
	}

	@Test
	void openApiDocumentsBothEndpoints() {
		HttpResponse<String> docs = this.http.get("/v3/api-docs");
		assertThat(docs.statusCode()).isEqualTo(200);
		assertThat(docs.body()).contains("/submit-user-data").contains("/duel-results").contains("Idempotency-Key");
		assertThat(this.http.get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
	}

	@Test
	void unknownPathIsAProblemDetail() {
		HttpResponse<String> response = this.http.get("/no-such-thing");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(Http.json(response).get("type").asString()).isEqualTo("https://scaleswell.dev/problems/not-found");
	}

	private static <T> T get(Future<T> future) {
		try {
			return future.get();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}

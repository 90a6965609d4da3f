package dev.scaleswell.analytics.web;

import java.time.Duration;

import dev.scaleswell.testsupport.EmbeddedS3;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The service over a bucket no ETL run has committed to: zeros rather than errors, and
 * the HTTP contract (caching, problem details, operational endpoints).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "scaleswell.analytics.cache-max-age=45s")
@AutoConfigureRestTestClient
class EmptyLakeIntegrationTests {

	@RegisterExtension
	static final EmbeddedS3 s3 = new EmbeddedS3();

	@DynamicPropertySource
	static void s3Properties(DynamicPropertyRegistry registry) {
		s3.springProperties().forEach((name, value) -> registry.add(name, () -> value));
	}

	@Autowired
	RestTestClient client;

	@BeforeEach
	void awaitFirstSnapshot() {
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> this.client.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk());
	}

	@Test
	void livenessAndReadinessProbesAreUpOnAnEmptyLake() {
		this.client.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
		this.client.get()
			.uri("/actuator/health/readiness")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
	}

	@Test
	void analyticsBeforeAnyEtlRunShouldAnswerZerosWithNullDataAsOf() {
		this.client.get()
			.uri("/analytics")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType(MediaType.APPLICATION_JSON)
			.expectHeader()
			.cacheControl(org.springframework.http.CacheControl.maxAge(Duration.ofSeconds(45)).cachePublic())
			.expectBody()
			.jsonPath("$.totalUsers")
			.isEqualTo(0)
			.jsonPath("$.totalSubmissions")
			.isEqualTo(0)
			.jsonPath("$.mostPopularHero")
			.isEmpty()
			.jsonPath("$.strongestPlayer")
			.isEmpty()
			.jsonPath("$.heroes.length()")
			.isEqualTo(20)
			.jsonPath("$.ageHistogram.length()")
			.isEqualTo(9)
			.jsonPath("$.duels.recorded")
			.isEqualTo(0)
			.jsonPath("$.dataAsOf")
			.isEmpty()
			.jsonPath("$.etlRunId")
			.isEmpty();
	}

	@Test
	void analyticsWithMatchingIfNoneMatchShouldAnswer304() {
		String etag = this.client.get()
			.uri("/analytics")
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseHeaders()
			.getETag();
		assertThat(etag).matches("\"[0-9a-f]{32}\"");
		this.client.get()
			.uri("/analytics")
			.header(HttpHeaders.IF_NONE_MATCH, etag)
			.exchange()
			.expectStatus()
			.isNotModified()
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, etag)
			.expectBody()
			.isEmpty();
		this.client.get()
			.uri("/analytics")
			.header(HttpHeaders.IF_NONE_MATCH, "\"0123\", " + etag)
			.exchange()
			.expectStatus()
			.isNotModified();
		this.client.get()
			.uri("/analytics")
			.header(HttpHeaders.IF_NONE_MATCH, "\"stale\"")
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void heroesAndLeaderboardShouldAnswerFromTheSnapshot() {
		this.client.get()
			.uri("/analytics/heroes")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.heroes.length()")
			.isEqualTo(20);
		this.client.get()
			.uri("/analytics/leaderboard?limit=100")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.recorded")
			.isEqualTo(0)
			.jsonPath("$.leaderboard.length()")
			.isEqualTo(0);
	}

	@Test
	void leaderboardWhenLimitIsOutOfBoundsShouldAnswer400ProblemDetails() {
		for (String limit : new String[] { "0", "101", "-5", "99999999999" }) {
			this.client.get()
				.uri("/analytics/leaderboard?limit=" + limit)
				.exchange()
				.expectStatus()
				.isBadRequest()
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo("https://scaleswell.dev/problems/invalid-input")
				.jsonPath("$.status")
				.isEqualTo(400)
				.jsonPath("$.errors[0].field")
				.isEqualTo("limit");
		}
	}

	@Test
	void leaderboardWhenLimitIsNotANumberShouldAnswer400ProblemDetails() {
		this.client.get()
			.uri("/analytics/leaderboard?limit=ten")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://scaleswell.dev/problems/invalid-input")
			.jsonPath("$.errors[0].message")
			.isEqualTo("limit must be an integer")
			.jsonPath("$.trace")
			.doesNotExist();
	}

	@Test
	void driftBeforeAnyReportShouldAnswer404ProblemDetails() {
		this.client.get()
			.uri("/analytics/drift")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://scaleswell.dev/problems/no-drift-report");
	}

	@Test
	void unknownPathAndWrongMethodShouldAnswerProblemDetails() {
		this.client.get()
			.uri("/analytics/nothing-here")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://scaleswell.dev/problems/not-found");
		this.client.post()
			.uri("/analytics")
			.exchange()
			.expectStatus()
			.isEqualTo(405)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://scaleswell.dev/problems/method-not-allowed");
	}

	@Test
	void rootShouldAnswerHealthAndMetricsShouldAnswerPrometheusText() {
		this.client.get().uri("/").exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
		this.client.get().uri("/analytics").exchange().expectStatus().isOk();
		this.client.get()
			.uri("/metrics")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((body) -> assertThat(body).contains("analytics_data_age_seconds")
				.contains("analytics_rebuild_seconds_count")
				.contains("analytics_rebuild_failures_total{")
				.contains("analytics_cache_served_total{")
				.contains("resource=\"analytics\"")
				.contains("http_server_requests_seconds_bucket")
				.contains("jvm_memory_used_bytes"));
	}

	@Test
	void openApiDescribesTheAnalyticsEndpoints() {
		this.client.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.paths['/analytics/leaderboard'].get")
			.exists()
			.jsonPath("$.components.schemas.AnalyticsView")
			.exists();
		this.client.get().uri("/swagger-ui/index.html").exchange().expectStatus().isOk();
	}

}

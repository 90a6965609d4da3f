package dev.scaleswell.analytics.snapshot;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.scaleswell.lake.schema.CuratedSchemas;
import dev.scaleswell.testsupport.lake.CuratedParquet;
import dev.scaleswell.analytics.lake.HandComputedLake;
import dev.scaleswell.model.lake.EtlManifest;
import dev.scaleswell.model.lake.LakeLayout;
import dev.scaleswell.model.record.Dataset;
import dev.scaleswell.testsupport.EmbeddedS3;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.s3.S3Client;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The service following the lake through ETL commits, over real Parquet in a real S3
 * protocol server: first run (committed by an ETL that published no aggregates: scanned),
 * second run (a user changed hero, ratings and a drift report arrive; aggregates
 * published by the ETL's writer, served with every curated file gone), then an S3 outage.
 * The methods run in order: each is one step of that story.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "scaleswell.analytics.poll-interval=200ms", "scaleswell.s3.api-call-timeout=2s" })
@AutoConfigureRestTestClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RefreshIntegrationTests {

	private static final Duration WAIT = Duration.ofSeconds(30);

	private static final String RUN_1 = "20261201T180000Z-aaaaaa";

	private static final String RUN_2 = "20261201T190000Z-bbbbbb";

	private static final Instant COMMITTED_1 = Instant.parse("2026-12-01T18:00:04Z");

	private static final Instant COMMITTED_2 = Instant.parse("2026-12-01T19:00:04Z");

	@RegisterExtension
	static final EmbeddedS3 s3 = new EmbeddedS3();

	@DynamicPropertySource
	static void s3Properties(DynamicPropertyRegistry registry) {
		s3.springProperties().forEach((name, value) -> registry.add(name, () -> value));
	}

	@Autowired
	RestTestClient client;

	@Autowired
	S3Client s3Client;

	@Autowired
	MeterRegistry meters;

	static String run1Etag;

	@Test
	@Order(1)
	void firstCommitWithoutPublishedAggregatesShouldBeServedFromTheCuratedFiles() {
		CuratedParquet lake = new CuratedParquet(this.s3Client, s3.bucket());
		String submissions = LakeLayout.curatedKey(Dataset.SUBMISSIONS, java.time.LocalDate.of(2026, 12, 1), RUN_1, 0);
		String duels = LakeLayout.curatedKey(Dataset.DUEL_RESULTS, java.time.LocalDate.of(2026, 12, 1), RUN_1, 0);
		String users = LakeLayout.usersKey(RUN_1, 0);
		lake.write(submissions, CuratedSchemas.SUBMISSION, HandComputedLake.SUBMISSIONS_EARLY);
		lake.write(duels, CuratedSchemas.DUEL_RESULT, HandComputedLake.DUELS_EARLY);
		lake.write(users, CuratedSchemas.USER, List.of(CuratedParquet.user("Alice", 24, "Hulk", 1, null),
				CuratedParquet.user("bob", 34, "Thor", 1, null), CuratedParquet.user("Carol", 19, "Hulk", 1, null)));
		lake.commit(RUN_1, COMMITTED_1, List.of(users), List.of(submissions), List.of(duels),
				new EtlManifest.Totals(3, 3, 3), null, null);

		awaitRun(RUN_1);
		run1Etag = this.client.get()
			.uri("/analytics")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.dataAsOf")
			.isEqualTo("2026-12-01T18:00:04Z")
			.jsonPath("$.modelVersion")
			.isEmpty()
			.jsonPath("$.totalUsers")
			.isEqualTo(3)
			.jsonPath("$.totalSubmissions")
			.isEqualTo(3)
			.jsonPath("$.mostPopularHero.hero")
			.isEqualTo("Hulk")
			.jsonPath("$.mostPopularHero.users")
			.isEqualTo(2)
			.jsonPath("$.strongestPlayer")
			.isEmpty()
			.jsonPath("$.duels.recorded")
			.isEqualTo(3)
			.returnResult()
			.getResponseHeaders()
			.getETag();
	}

	@Test
	@Order(2)
	void secondCommitShouldServeItsPublishedHandComputedAggregatesWithoutReadingAnyCuratedFile() {
		CuratedParquet lake = new CuratedParquet(this.s3Client, s3.bucket());
		List<String> submissions = List.of(
				LakeLayout.curatedKey(Dataset.SUBMISSIONS, java.time.LocalDate.of(2026, 12, 1), RUN_1, 0),
				LakeLayout.curatedKey(Dataset.SUBMISSIONS, java.time.LocalDate.of(2026, 12, 1), RUN_2, 0));
		List<String> duels = List.of(
				LakeLayout.curatedKey(Dataset.DUEL_RESULTS, java.time.LocalDate.of(2026, 12, 1), RUN_1, 0),
				LakeLayout.curatedKey(Dataset.DUEL_RESULTS, java.time.LocalDate.of(2026, 12, 1), RUN_2, 0));
		String users = LakeLayout.usersKey(RUN_2, 0);
		String drift = LakeLayout.driftReportKey(RUN_2);
		lake.write(submissions.get(1), CuratedSchemas.SUBMISSION, HandComputedLake.SUBMISSIONS_LATE);
		lake.write(duels.get(1), CuratedSchemas.DUEL_RESULT, HandComputedLake.DUELS_LATE);
		lake.write(users, CuratedSchemas.USER, HandComputedLake.USERS);
		lake.putJson(drift, "{\"runId\":\"" + RUN_2 + "\",\"psi\":{\"age\":0.02,\"hero\":0.31}}");
		EtlManifest published = lake.publishAggregates(CuratedParquet.state(RUN_2, COMMITTED_2, List.of(users),
				submissions, duels, new EtlManifest.Totals(7, 8, 5), "20261201T185500Z-0a1b2c", drift));
		// the published aggregates alone must answer: no curated file is left to scan
		for (String key : Stream.of(List.of(users), submissions, duels).flatMap(List::stream).toList()) {
			this.s3Client.deleteObject((request) -> request.bucket(s3.bucket()).key(key));
		}
		lake.commit(published);

		awaitRun(RUN_2);
		this.client.get()
			.uri("/analytics")
			.header(HttpHeaders.IF_NONE_MATCH, run1Etag)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.modelVersion")
			.isEqualTo("20261201T185500Z-0a1b2c")
			.jsonPath("$.totalUsers")
			.isEqualTo(5)
			.jsonPath("$.totalSubmissions")
			.isEqualTo(7)
			.jsonPath("$.mostPopularHero")
			.isEqualTo(Map.of("hero", "Hulk", "users", 2, "share", 0.4))
			.jsonPath("$.strongestPlayer")
			.isEqualTo(Map.of("name", "bob", "hero", "Thor", "age", 34, "rating", 0.8))
			.jsonPath("$.heroes[1].hero")
			.isEqualTo("Thor")
			.jsonPath("$.heroes[1].users")
			.isEqualTo(2)
			.jsonPath("$.heroes[1].avgAge")
			.isEqualTo(29.5)
			.jsonPath("$.ageHistogram[0]")
			.isEqualTo(Map.of("from", 13, "to", 19, "users", 2))
			.jsonPath("$.duels.recorded")
			.isEqualTo(6)
			.jsonPath("$.duels.leaderboard[*].name")
			.isEqualTo(List.of("Dave", "Zed", "Alice", "bob", "Eve", "Yan"));
		this.client.get()
			.uri("/analytics/leaderboard?limit=2")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.leaderboard")
			.isEqualTo(List.of(Map.of("name", "Dave", "wins", 2, "losses", 0, "winRate", 1.0),
					Map.of("name", "Zed", "wins", 2, "losses", 1, "winRate", 2.0 / 3)))
			.jsonPath("$.etlRunId")
			.isEqualTo(RUN_2);
		this.client.get()
			.uri("/analytics/drift")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.psi.hero")
			.isEqualTo(0.31);
	}

	@Test
	@Order(3)
	void s3OutageShouldKeepServingTheLastSnapshotAndStayReady() throws Exception {
		String etag = this.client.get()
			.uri("/analytics")
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseHeaders()
			.getETag();
		double failuresBefore = s3Failures();
		s3.stop();
		try {
			await().atMost(WAIT).until(() -> s3Failures() >= failuresBefore + 2);
			this.client.get()
				.uri("/analytics")
				.exchange()
				.expectStatus()
				.isOk()
				.expectHeader()
				.valueEquals(HttpHeaders.ETAG, etag)
				.expectBody()
				.jsonPath("$.etlRunId")
				.isEqualTo(RUN_2);
			this.client.get()
				.uri("/analytics")
				.header(HttpHeaders.IF_NONE_MATCH, etag)
				.exchange()
				.expectStatus()
				.isNotModified();
			this.client.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
			double age = this.meters.get("analytics.data.age").gauge().value();
			assertThat(age).isGreaterThan(Duration.between(COMMITTED_2, Instant.now()).toSeconds() - 5.0);
		}
		finally {
			s3.start();
		}
	}

	@Test
	@Order(4)
	void servedResponsesShouldBeCountedByResourceAndResponse() {
		assertThat(this.meters.get("analytics.cache.served")
			.tags("resource", "analytics", "response", "ok")
			.counter()
			.count()).isGreaterThanOrEqualTo(3);
		assertThat(this.meters.get("analytics.cache.served")
			.tags("resource", "analytics", "response", "not_modified")
			.counter()
			.count()).isGreaterThanOrEqualTo(1);
		assertThat(this.meters.get("analytics.rebuild").timer().count()).isGreaterThanOrEqualTo(2);
	}

	private double s3Failures() {
		return this.meters.get("analytics.rebuild.failures").tag("cause", "s3").counter().count();
	}

	private void awaitRun(String runId) {
		await().atMost(WAIT)
			.untilAsserted(() -> this.client.get()
				.uri("/analytics")
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.etlRunId")
				.isEqualTo(runId));
	}

}

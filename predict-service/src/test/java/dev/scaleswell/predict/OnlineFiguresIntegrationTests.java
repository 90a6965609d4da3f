package dev.scaleswell.predict;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;

import dev.scaleswell.model.evaluation.OnlineEvaluation;
import dev.scaleswell.model.evaluation.OnlineScores;
import dev.scaleswell.model.evaluation.PairedComparison;
import dev.scaleswell.model.lake.LakeLayout;
import dev.scaleswell.testsupport.EmbeddedS3;
import dev.scaleswell.testsupport.lake.TestLake;
import dev.scaleswell.testsupport.lake.TestRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * {@code GET /models} shows what the ETL wrote into each serving version's
 * {@code online.json}, read off the request path: the figures with their intervals, the
 * challenger's verdict, nulls (never NaN) where nothing was measured, and no figures
 * where there is no {@code online.json}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OnlineFiguresIntegrationTests {

	@RegisterExtension
	static final EmbeddedS3 s3 = new EmbeddedS3("online-figures-tests");

	/** The ETL's defaults: 95% confidence, at least 200 paired duels. */
	static final double CONFIDENCE = 0.95;

	static final long MINIMUM_DUELS = 200;

	static S3Client lake;

	static String champion;

	static String challenger;

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	/** Jackson's defaults, as a writer that does not care about NaN would use them. */
	final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry properties) {
		s3.springProperties().forEach((name, value) -> properties.add(name, () -> value));
		properties.add("scaleswell.predict.model.poll-interval", () -> "100ms");
		properties.add("scaleswell.predict.online.poll-interval", () -> "100ms");
	}

	@BeforeAll
	static void publish() {
		lake = TestLake.client(s3);
		TestRegistry registry = new TestRegistry(lake, s3.bucket());
		champion = registry.publish(41);
		challenger = registry.publish(42);
		registry.champion(champion);
		registry.challenger(challenger, 0.3, true);
	}

	@AfterAll
	static void closeLake() {
		lake.close();
	}

	@Test
	@Order(1)
	void modelsWithoutOnlineJsonShowNoFiguresAndNoVerdict() {
		JsonNode models = await().atMost(Duration.ofSeconds(30))
			.until(this::models, (body) -> body.path("challenger").path("version").asString().equals(challenger));
		assertThat(models.path("champion").has("online")).isTrue();
		assertThat(models.path("champion").path("online").isNull()).isTrue();
		assertThat(models.path("challenger").path("online").isNull()).isTrue();
		assertThat(models.path("verdict").isNull()).isTrue();
	}

	@Test
	@Order(2)
	void modelsShowTheFiguresWithIntervalsAndTheChallengersVerdict() {
		Figures figures = figures(2_000, 0.05);
		write(champion, new OnlineEvaluation(champion, Instant.parse("2026-12-01T10:00:00Z"), "run-7",
				figures.champion(), null));
		write(challenger,
				new OnlineEvaluation(challenger, Instant.parse("2026-12-01T10:00:00Z"), "run-7", figures.challenger(),
						new OnlineEvaluation.Paired(champion, figures.paired(),
								figures.paired().verdict(CONFIDENCE, MINIMUM_DUELS))));
		JsonNode models = await().atMost(Duration.ofSeconds(30))
			.until(this::models,
					(body) -> !body.path("verdict").isNull() && !body.path("champion").path("online").isNull());

		JsonNode online = models.path("champion").path("online");
		OnlineScores scores = figures.champion();
		assertThat(online.path("throughRunId").asString()).isEqualTo("run-7");
		assertThat(online.path("duels").asLong()).isEqualTo(2_000);
		assertThat(online.path("skipped").asLong()).isEqualTo(3);
		assertThat(online.path("accuracy").path("value").asDouble()).isCloseTo(scores.accuracy(), within(1e-12));
		assertThat(online.path("accuracy").path("low").asDouble()).isCloseTo(scores.accuracyInterval().low(),
				within(1e-12));
		assertThat(online.path("accuracy").path("high").asDouble()).isCloseTo(scores.accuracyInterval().high(),
				within(1e-12));
		assertThat(online.path("logLoss").path("value").asDouble()).isCloseTo(scores.meanLogLoss(), within(1e-12));
		assertThat(online.path("brier").path("low").asDouble()).isCloseTo(scores.brierInterval().low(), within(1e-12));
		assertThat(online.path("calibration")).hasSize(10);
		JsonNode top = online.path("calibration").get(9);
		assertThat(top.path("from").asDouble()).isCloseTo(0.9, within(1e-12));
		assertThat(top.path("duels").asLong()).isEqualTo(scores.bins().get(9).duels());
		assertThat(top.path("observed").path("value").asDouble()).isCloseTo(scores.bins().get(9).observed(),
				within(1e-12));

		JsonNode verdict = models.path("verdict");
		assertThat(verdict.path("outcome").asString()).isEqualTo("worse");
		assertThat(verdict.path("challengerVersion").asString()).isEqualTo(challenger);
		assertThat(verdict.path("championVersion").asString()).isEqualTo(champion);
		assertThat(verdict.path("duels").asLong()).isEqualTo(2_000);
		assertThat(verdict.path("low").asDouble()).isPositive();
		assertThat(verdict.path("meanLogLossDifference").asDouble()).isCloseTo(figures.paired().meanDifference(),
				within(1e-12));
		assertThat(verdict.path("confidence").asDouble()).isEqualTo(CONFIDENCE);
		assertThat(models.path("challenger").path("online").path("duels").asLong()).isEqualTo(2_000);
	}

	@Test
	@Order(3)
	void figuresOfNothingMeasuredAreNullsNeverNaN() {
		write(champion, OnlineEvaluation.empty(champion, Instant.parse("2026-12-01T10:05:00Z")));
		write(challenger,
				new OnlineEvaluation(challenger, Instant.parse("2026-12-01T10:05:00Z"), null, OnlineScores.empty(),
						new OnlineEvaluation.Paired(champion, PairedComparison.empty(),
								PairedComparison.empty().verdict(CONFIDENCE, MINIMUM_DUELS))));
		String body = await().atMost(Duration.ofSeconds(30))
			.until(this::modelsText,
					(text) -> this.json.readTree(text).path("champion").path("online").path("duels").asLong(-1) == 0
							&& this.json.readTree(text).path("verdict").path("duels").asLong(-1) == 0);
		assertThat(body).doesNotContain("NaN").doesNotContain("Infinity");
		JsonNode models = this.json.readTree(body);
		JsonNode online = models.path("champion").path("online");
		assertThat(online.path("accuracy").path("value").isNull()).isTrue();
		assertThat(online.path("logLoss").path("low").isNull()).isTrue();
		assertThat(online.path("calibration").get(0).path("meanPredicted").isNull()).isTrue();
		assertThat(models.path("verdict").path("outcome").asString()).isEqualTo("inconclusive");
		assertThat(models.path("verdict").path("meanLogLossDifference").isNull()).isTrue();
	}

	@Test
	@Order(4)
	void figuresRemovedFromTheLakeAreNoLongerShown() {
		lake.deleteObject((request) -> request.bucket(s3.bucket()).key(LakeLayout.modelOnlineKey(challenger)));
		JsonNode models = await().atMost(Duration.ofSeconds(30))
			.until(this::models, (body) -> body.path("challenger").path("online").isNull());
		assertThat(models.path("verdict").isNull()).isTrue();
		assertThat(models.path("champion").path("online").isNull()).isFalse();
	}

	/**
	 * Simulated duels with a known win probability, scored by a champion that predicts it
	 * with a little noise and a challenger whose predictions are pulled towards 0.5 by
	 * {@code handicap} and then noised: the challenger is worse.
	 */
	private static Figures figures(int duels, double handicap) {
		SplittableRandom random = new SplittableRandom(7);
		OnlineScores champion = OnlineScores.empty().skip(3);
		OnlineScores challenger = OnlineScores.empty();
		PairedComparison paired = PairedComparison.empty();
		for (int i = 0; i < duels; i++) {
			double truth = 0.05 + 0.9 * random.nextDouble();
			boolean won = random.nextDouble() < truth;
			double p1 = clamp(truth + 0.05 * (random.nextDouble() - 0.5));
			double p2 = clamp(0.5 + (truth - 0.5) * (1 - 10 * handicap) + 0.2 * (random.nextDouble() - 0.5));
			champion = champion.add(p1, won);
			challenger = challenger.add(p2, won);
			paired = paired.add(OnlineScores.logLoss(p2, won), OnlineScores.logLoss(p1, won));
		}
		return new Figures(champion, challenger, paired);
	}

	private static double clamp(double p) {
		return Math.min(0.99, Math.max(0.01, p));
	}

	private void write(String version, OnlineEvaluation evaluation) {
		lake.putObject((request) -> request.bucket(s3.bucket()).key(LakeLayout.modelOnlineKey(version)),
				RequestBody.fromBytes(this.json.writeValueAsBytes(evaluation)));
	}

	private JsonNode models() throws Exception {
		return this.json.readTree(modelsText());
	}

	private String modelsText() throws Exception {
		HttpResponse<String> response = this.http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/models"))
				.timeout(Duration.ofSeconds(10))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	private record Figures(OnlineScores champion, OnlineScores challenger, PairedComparison paired) {
	}

}

package dev.scaleswell.predict;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.scaleswell.model.duel.FeatureEncoder;
import dev.scaleswell.model.hero.Hero;
import dev.scaleswell.model.hero.HeroCatalog;
import dev.scaleswell.model.warrior.WarriorProfile;
import dev.scaleswell.testsupport.EmbeddedS3;
import dev.scaleswell.testsupport.lake.CuratedParquet;
import dev.scaleswell.testsupport.lake.TestLake;
import dev.scaleswell.testsupport.lake.TestRegistry;
import dev.scaleswell.testsupport.lake.Warriors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.s3.S3Client;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * The service against a real S3 protocol server holding a users snapshot, a champion and
 * a challenger taking 30% of pairs in shadow mode.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
class DuelIntegrationTests {

	static final double CHALLENGER_WEIGHT = 0.3;

	@RegisterExtension
	static final EmbeddedS3 s3 = new EmbeddedS3("duel-tests");

	static final List<WarriorProfile> users = Warriors.uniform(200, 3);

	static String championVersion;

	static String challengerVersion;

	@Autowired
	RestTestClient client;

	final JsonMapper json = JsonMapper.builder().build();

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		s3.springProperties().forEach((name, value) -> registry.add(name, () -> value));
		registry.add("scaleswell.predict.model.poll-interval", () -> "200ms");
		registry.add("scaleswell.predict.directory.poll-interval", () -> "200ms");
	}

	@BeforeAll
	static void seedLake() {
		try (S3Client client = TestLake.client(s3)) {
			new CuratedParquet(client, s3.bucket()).commitUsers("run-1", users);
			TestRegistry registry = new TestRegistry(client, s3.bucket());
			championVersion = registry.publish(1);
			challengerVersion = registry.publish(2);
			registry.champion(championVersion);
			registry.challenger(challengerVersion, CHALLENGER_WEIGHT, true);
		}
	}

	@BeforeEach
	void awaitReady() {
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> this.client.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk());
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(get("/models").path("challenger").path("version").asString())
				.isEqualTo(challengerVersion));
	}

	@Test
	void duelBetweenUsersNamesWinnerProbabilitiesAndTheAnsweringModel() {
		JsonNode duel = get("/duel?name1=  warrior 1 &name2=WARRIOR 2");
		assertThat(duel.path("name1").asString()).isEqualTo("Warrior 1");
		assertThat(duel.path("name2").asString()).isEqualTo("Warrior 2");
		double p1 = duel.path("probabilities").path("Warrior 1").asDouble();
		double p2 = duel.path("probabilities").path("Warrior 2").asDouble();
		assertThat(p1 + p2).isCloseTo(1.0, within(1e-12));
		assertThat(duel.path("winner").asString()).isEqualTo(p1 >= 0.5 ? "Warrior 1" : "Warrior 2");
		assertThat(duel.path("confidence").asDouble()).isEqualTo(Math.max(p1, p2));
		assertThat(duel.path("modelVersion").asString()).isIn(championVersion, challengerVersion);
		assertThat(duel.path("variant").asString()).isIn("champion", "challenger");
		// seed 003's processing time: present, a number, and spent (a missing field must
		// fail)
		assertThat(duel.path("processingTimeMs").isNumber()).as(duel.toString()).isTrue();
		assertThat(duel.path("processingTimeMs").asDouble()).isPositive();
	}

	@Test
	void heroesDuelUnderTheirOwnNames() {
		JsonNode duel = get("/duel?name1=thor&name2=Hulk");
		assertThat(duel.path("name1").asString()).isEqualTo("Thor");
		assertThat(duel.path("probabilities").has("Hulk")).isTrue();
	}

	@Test
	void duelIsAntisymmetricThroughHttp() {
		for (int i = 0; i < 40; i += 2) {
			String a = users.get(i).name();
			String b = users.get(i + 1).name();
			JsonNode ab = get("/duel?name1=" + a + "&name2=" + b);
			JsonNode ba = get("/duel?name1=" + b + "&name2=" + a);
			assertThat(ab.path("probabilities").path(a).asDouble())
				.isCloseTo(ba.path("probabilities").path(a).asDouble(), within(1e-12));
			assertThat(ab.path("winner").asString()).isEqualTo(ba.path("winner").asString());
			assertThat(ab.path("modelVersion").asString()).isEqualTo(ba.path("modelVersion").asString());
		}
	}

	@Test
	void challengerAnswersItsWeightOfPairsStickily() {
		int pairs = 0;
		int challenger = 0;
		List<String[]> asked = new ArrayList<>();
		outer: for (int i = 0; i < users.size(); i++) {
			for (int j = i + 1; j < users.size(); j++) {
				if (pairs == 10_000) {
					break outer;
				}
				String a = users.get(i).name();
				String b = users.get(j).name();
				String variant = get("/duel?name1=" + a + "&name2=" + b).path("variant").asString();
				pairs++;
				if (variant.equals("challenger")) {
					challenger++;
				}
				if (pairs % 50 == 0) {
					asked.add(new String[] { a, b, variant });
				}
			}
		}
		assertThat((double) challenger / pairs).isCloseTo(CHALLENGER_WEIGHT, within(0.02));
		for (String[] pair : asked) {
			assertThat(get("/duel?name1=" + pair[1] + "&name2=" + pair[0]).path("variant").asString())
				.isEqualTo(pair[2]);
		}
	}

	@Test
	void openInferenceProtocolInferEqualsDuel() {
		List<double[]> rows = new ArrayList<>();
		List<Double> expected = new ArrayList<>();
		List<String> versions = new ArrayList<>();
		for (int i = 0; i < 20; i += 2) {
			WarriorProfile a = users.get(i);
			WarriorProfile b = users.get(i + 1);
			JsonNode duel = get("/duel?name1=" + a.name() + "&name2=" + b.name());
			rows.add(FeatureEncoder.encode(a, b));
			expected.add(duel.path("probabilities").path(a.name()).asDouble());
			versions.add(duel.path("modelVersion").asString());
		}
		for (int i = 0; i < rows.size(); i++) {
			Map<String, Object> request = Map.of("id", "r" + i, "inputs", List.of(Map.of("name", "features", "shape",
					List.of(1, FeatureEncoder.FEATURES), "datatype", "FP64", "data", rows.get(i))));
			JsonNode response = post("/v2/models/duel/versions/" + versions.get(i) + "/infer", request);
			assertThat(response.path("model_version").asString()).isEqualTo(versions.get(i));
			assertThat(response.path("id").asString()).isEqualTo("r" + i);
			assertThat(response.path("outputs").path(0).path("data").path(0).asDouble()).isCloseTo(expected.get(i),
					within(1e-12));
		}
	}

	@Test
	void inlineDuelNeedsNoSnapshot() {
		JsonNode duel = post("/duel", Map.of("warrior1", Map.of("name", "Newcomer", "age", 30, "hero", "thor"),
				"warrior2", Map.of("name", "Other One", "age", 80, "hero", "Hawkeye")));
		assertThat(duel.path("name1").asString()).isEqualTo("Newcomer");
		assertThat(duel.path("probabilities").path("Newcomer").asDouble()).isBetween(0.0, 1.0);
	}

	@Test
	void ratingIsTheChampionsMeanProbabilityOfBeatingEveryHero() {
		WarriorProfile rated = new WarriorProfile("Rated", 30, HeroCatalog.standard().find("Thor").orElseThrow());
		JsonNode rating = post("/warriors/rating", Map.of("name", "Rated", "age", 30, "hero", "THOR"));
		assertThat(rating.path("modelVersion").asString()).isEqualTo(championVersion);
		assertThat(rating.path("processingTimeMs").isNumber()).as(rating.toString()).isTrue();
		assertThat(rating.path("processingTimeMs").asDouble()).isPositive();
		List<Hero> heroes = HeroCatalog.standard().all();
		double[] rows = new double[heroes.size() * FeatureEncoder.FEATURES];
		for (int i = 0; i < heroes.size(); i++) {
			System.arraycopy(FeatureEncoder.encode(rated, WarriorProfile.ofHero(heroes.get(i))), 0, rows,
					i * FeatureEncoder.FEATURES, FeatureEncoder.FEATURES);
		}
		JsonNode inferred = post("/v2/models/duel/infer", Map.of("inputs", List.of(Map.of("name", "features", "shape",
				List.of(heroes.size(), FeatureEncoder.FEATURES), "datatype", "FP64", "data", rows))));
		double sum = 0;
		double best = 0;
		String bestHero = null;
		for (int i = 0; i < heroes.size(); i++) {
			double p = inferred.path("outputs").path(0).path("data").path(i).asDouble();
			sum += p;
			if (p > best) {
				best = p;
				bestHero = heroes.get(i).name();
			}
		}
		assertThat(rating.path("rating").asDouble()).isCloseTo(sum / heroes.size(), within(1e-9));
		assertThat(rating.path("bestMatchup").path("hero").asString()).isEqualTo(bestHero);
		assertThat(rating.path("bestMatchup").path("probability").asDouble()).isCloseTo(best, within(1e-12));
	}

	@Test
	void modelsListsChampionAndChallengerWithManifests() {
		JsonNode models = get("/models");
		assertThat(models.path("champion").path("version").asString()).isEqualTo(championVersion);
		assertThat(models.path("champion").path("manifest").path("options").path("trees").asInt()).isEqualTo(8);
		assertThat(models.path("challenger").path("trafficShare").asDouble()).isEqualTo(CHALLENGER_WEIGHT);
		assertThat(models.path("challenger").path("shadow").asBoolean()).isTrue();
	}

	@Test
	void metricsCountPredictionsByVersionAndVariantAndShadowAgreement() {
		for (int i = 0; i < 60; i += 2) {
			get("/duel?name1=" + users.get(i).name() + "&name2=" + users.get(i + 1).name());
		}
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			String metrics = this.client.get().uri("/metrics").exchange().returnResult(String.class).getResponseBody();
			assertThat(metrics).contains("predict_predictions_total{")
				.contains("model_version=\"" + championVersion + "\"")
				.contains("predict_model_info{")
				.contains("predict_model_age_seconds{")
				.contains("predict_directory_users")
				.contains("predict_shadow_comparisons_total{")
				.contains("predict_model_load_failures_total")
				.doesNotContain("Warrior 1\"");
		});
	}

	@Test
	void rootAnswersHealthAndOipReadinessIsUp() {
		this.client.get().uri("/").exchange().expectStatus().isOk();
		this.client.get().uri("/v2/health/ready").exchange().expectStatus().isOk();
		assertThat(get("/v2/models/duel").path("inputs").path(0).path("shape").path(1).asInt())
			.isEqualTo(FeatureEncoder.FEATURES);
	}

	@Test
	void oversizedBodyShouldAnswer413Problem() {
		this.client.post()
			.uri("/duel")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"warrior1\": \"" + "x".repeat(70_000) + "\"}")
			.exchange()
			.expectStatus()
			.isEqualTo(413)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody(String.class)
			.value((body) -> assertThat(body).contains("https://scaleswell.dev/problems/payload-too-large"));
	}

	private JsonNode get(String uri) {
		String body = this.client.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseBody();
		return this.json.readTree(body);
	}

	private JsonNode post(String uri, Object body) {
		String response = this.client.post()
			.uri(uri)
			.contentType(MediaType.APPLICATION_JSON)
			.body(this.json.writeValueAsString(body))
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseBody();
		return this.json.readTree(response);
	}

}

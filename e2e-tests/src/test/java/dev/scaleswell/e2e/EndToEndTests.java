package dev.scaleswell.e2e;

import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

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
 * The whole system as a user meets it: the real jars as processes against a standalone,
 * filesystem-backed S3Proxy. Warriors go in through ingest, the ETL jar curates and
 * trains, predict and analytics pick the new data up, and everything stops cleanly.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class EndToEndTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static LocalSystem system;

	@BeforeAll
	static void startSystem() throws Exception {
		// an empty bucket and no flag, as a first install runs it: the registry has no
		// champion, so the first run trains one from the hero roster
		system = new LocalSystem("e2e").startAll();
		assertThat(system.bucket().resolve("models/duel/aliases/champion.json"))
			.as("champion alias after the first run")
			.isRegularFile();
	}

	@AfterAll
	static void stopSystem() throws Exception {
		if (system != null) {
			system.close();
		}
	}

	@Test
	@Order(1)
	void submittedWarriorsAreAcknowledgedWithAnInstantPrediction() throws Exception {
		for (String warrior : List.of("{\"name\":\"Ada Lovelace\",\"age\":31,\"hero\":\"Thor\"}",
				"{\"name\":\"Grace\",\"age\":45,\"hero\":\"Hulk\"}",
				"{\"name\":\"Linus\",\"age\":19,\"hero\":\"Thor\"}")) {
			HttpResponse<String> response = system.post("ingest", "/submit-user-data", warrior);
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
		HttpResponse<String> duel = system.post("ingest", "/duel-results",
				"{\"name1\":\"Ada Lovelace\",\"name2\":\"Grace\",\"winner\":\"Ada Lovelace\"}");
		assertThat(duel.statusCode()).as(duel.body()).isEqualTo(201);
	}

	@Test
	@Order(2)
	void afterTheEtlPredictAndAnalyticsKnowTheNewWarriors() throws Exception {
		assertThat(system.etl("run")).isZero();
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
			HttpResponse<String> response = system.get("predict", "/duel?name1=ada%20lovelace&name2=Grace");
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		});
		JsonNode duel = json.readTree(system.get("predict", "/duel?name1=Ada%20Lovelace&name2=Grace").body());
		assertThat(duel.path("winner").asString()).isIn("Ada Lovelace", "Grace");
		assertThat(duel.path("modelVersion").asString()).isNotBlank();
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
			JsonNode analytics = json.readTree(system.get("analytics", "/analytics").body());
			assertThat(analytics.path("totalUsers").asInt()).isEqualTo(3);
			assertThat(analytics.path("mostPopularHero").path("hero").asString()).isEqualTo("Thor");
			assertThat(analytics.path("duels").path("recorded").asInt()).isEqualTo(1);
		});
		HttpResponse<String> rating = system.post("predict", "/warriors/rating",
				"{\"name\":\"Someone New\",\"age\":28,\"hero\":\"Hulk\"}");
		assertThat(rating.statusCode()).as(rating.body()).isEqualTo(200);
		assertThat(json.readTree(rating.body()).path("rating").asDouble()).isBetween(0.0, 1.0);
	}

	@Test
	@Order(3)
	void moreDataTrainsASecondVersionWhoseGateVerdictIsListed() throws Exception {
		for (int i = 0; i < 20; i++) {
			String warrior = "{\"name\":\"Fighter " + i + "\",\"age\":" + (20 + i) + ",\"hero\":\"Hulk\"}";
			assertThat(system.post("ingest", "/submit-user-data", warrior).statusCode()).isEqualTo(201);
		}
		assertThat(system.etl("run")).isZero();
		assertThat(system.etlCommand("list-models", "list-models")).isZero();
		String listing = Files.readString(system.log("list-models"));
		assertThat(listing.lines().filter((line) -> line.matches("^\\s*\\d{8}T\\d{6}Z-.*"))).as(listing)
			.hasSizeGreaterThanOrEqualTo(2);
		assertThat(listing).containsAnyOf("PROMOTED", "REJECTED");
	}

	@Test
	@Order(4)
	void everyProcessStopsCleanlyAndReleasesItsPort() throws Exception {
		for (JarProcess process : system.running().reversed()) {
			assertThat(process.stop(Duration.ofSeconds(40))).as(process.name() + " exit code").isIn(0, 143);
		}
		system.forgetStopped();
		for (Map.Entry<String, Integer> port : system.ports().entrySet()) {
			try (ServerSocket socket = new ServerSocket(port.getValue())) {
				assertThat(socket.getLocalPort()).as(port.getKey()).isEqualTo(port.getValue());
			}
		}
	}

}

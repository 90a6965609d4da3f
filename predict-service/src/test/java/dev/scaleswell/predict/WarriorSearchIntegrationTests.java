package dev.scaleswell.predict;

import java.time.Duration;
import java.util.List;

import dev.scaleswell.model.warrior.WarriorProfile;
import dev.scaleswell.testsupport.EmbeddedS3;
import dev.scaleswell.testsupport.lake.CuratedParquet;
import dev.scaleswell.testsupport.lake.TestLake;
import dev.scaleswell.testsupport.lake.Warriors;
import org.junit.jupiter.api.BeforeAll;
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
import static org.awaitility.Awaitility.await;

/**
 * Suggestions from the service against a real S3 protocol server holding a users
 * snapshot: the users of the ETL run and the heroes, by prefix, bounded.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
class WarriorSearchIntegrationTests {

	@RegisterExtension
	static final EmbeddedS3 s3 = new EmbeddedS3("search-tests");

	static final List<WarriorProfile> users = Warriors.uniform(300, 5);

	@Autowired
	RestTestClient client;

	final JsonMapper json = JsonMapper.builder().build();

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		s3.springProperties().forEach((name, value) -> registry.add(name, () -> value));
		registry.add("scaleswell.predict.directory.poll-interval", () -> "200ms");
	}

	@BeforeAll
	static void seedLake() {
		try (S3Client client = TestLake.client(s3)) {
			new CuratedParquet(client, s3.bucket()).commitUsers("run-1", users);
		}
	}

	@Test
	void searchShouldFindTheUsersOfTheLatestSnapshotByPrefix() {
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(names(get("/warriors?prefix=warrior 12&limit=50"))).containsExactly(
					"Warrior 12", "Warrior 120", "Warrior 121", "Warrior 122", "Warrior 123", "Warrior 124",
					"Warrior 125", "Warrior 126", "Warrior 127", "Warrior 128", "Warrior 129"));
		JsonNode first = get("/warriors?prefix=Warrior 12&limit=1").path("warriors").get(0);
		assertThat(first.path("kind").asString()).isEqualTo("user");
		assertThat(first.path("hero").asString()).isEqualTo(users.get(12).hero().name());
		assertThat(first.path("age").asInt()).isEqualTo(users.get(12).age());
	}

	@Test
	void searchShouldFindHeroesUnderTheirOwnNames() {
		JsonNode thor = get("/warriors?prefix=THO").path("warriors").get(0);
		assertThat(thor.path("name").asString()).isEqualTo("Thor");
		assertThat(thor.path("kind").asString()).isEqualTo("hero");
	}

	@Test
	void searchShouldBoundItsAnswerByDefault() {
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(names(get("/warriors?prefix=w"))).hasSize(10));
	}

	@Test
	void searchWithABadLimitShouldAnswerAProblem() {
		this.client.get()
			.uri("/warriors?prefix=w&limit=500")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://scaleswell.dev/problems/invalid-input")
			.jsonPath("$.errors[0].field")
			.isEqualTo("limit");
	}

	private List<String> names(JsonNode answer) {
		return answer.path("warriors").valueStream().map((warrior) -> warrior.path("name").asString()).toList();
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

}

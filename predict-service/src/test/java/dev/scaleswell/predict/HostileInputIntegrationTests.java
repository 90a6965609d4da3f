package dev.scaleswell.predict;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import dev.scaleswell.model.duel.FeatureEncoder;
import dev.scaleswell.model.warrior.WarriorProfile;
import dev.scaleswell.testsupport.EmbeddedS3;
import dev.scaleswell.testsupport.hostile.Endpoint;
import dev.scaleswell.testsupport.hostile.HostileInputCampaign.Report;
import dev.scaleswell.testsupport.hostile.HostileInputCampaign;
import dev.scaleswell.testsupport.lake.CuratedParquet;
import dev.scaleswell.testsupport.lake.TestLake;
import dev.scaleswell.testsupport.lake.TestRegistry;
import dev.scaleswell.testsupport.lake.Warriors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.s3.S3Client;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A thousand generated hostile requests per endpoint against the real server, with a
 * champion and a users directory loaded: every answer is a 2xx or a 4xx problem detail,
 * never a 5xx, a hang or a reset.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class HostileInputIntegrationTests {

	private static final Logger log = LoggerFactory.getLogger(HostileInputIntegrationTests.class);

	private static final int REQUESTS = 1000;

	@RegisterExtension
	static final EmbeddedS3 s3 = new EmbeddedS3("hostile-predict-tests");

	static final List<WarriorProfile> users = Warriors.uniform(50, 7);

	@LocalServerPort
	int port;

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
			registry.champion(registry.publish(1));
		}
	}

	@BeforeEach
	void awaitReady() {
		await().atMost(Duration.ofSeconds(30))
			.until(() -> HostileInputCampaign.isReady(this.port, "/actuator/health/readiness"));
	}

	static Stream<Endpoint> endpoints() {
		String warrior = "{\"name\": \"Ada\", \"age\": 30, \"hero\": \"Thor\"}";
		String features = String.join(", ", Collections.nCopies(FeatureEncoder.FEATURES, "0.5"));
		return Stream.of(Endpoint.get("/duel", "name1", "name2"), Endpoint.post("/duel",
				"{\"warrior1\": "
						+ warrior + ", \"warrior2\": {\"name\": \"Grace\", \"age\": 41, " + "\"hero\": \"Hulk\"}}"),
				Endpoint.post("/warriors/rating", warrior),
				Endpoint.post("/v2/models/duel/infer",
						"{\"id\": \"r1\", \"inputs\": [{\"name\": \"features\", " + "\"shape\": [1, "
								+ FeatureEncoder.FEATURES + "], \"datatype\": \"FP64\", \"data\": [" + features
								+ "]}]}"),
				Endpoint.get("/models"));
	}

	@ParameterizedTest
	@MethodSource("endpoints")
	void everyAnswerToAHostileRequestIsA2xxOrA4xxProblemDetail(Endpoint endpoint) throws Exception {
		Report report = HostileInputCampaign.attack(this.port, endpoint, REQUESTS, 19);
		log.info("{}", report);
		assertThat(report.findings()).as(report.toString()).isEmpty();
	}

}

package dev.scaleswell.analytics.web;

import java.time.Duration;
import java.util.stream.Stream;

import dev.scaleswell.testsupport.EmbeddedS3;
import dev.scaleswell.testsupport.hostile.Endpoint;
import dev.scaleswell.testsupport.hostile.HostileInputCampaign;
import dev.scaleswell.testsupport.hostile.HostileInputCampaign.Report;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A thousand generated hostile requests per endpoint against the real server: every
 * answer is a 2xx or a 4xx problem detail, never a 5xx, a hang or a reset.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class HostileInputIntegrationTests {

	private static final Logger log = LoggerFactory.getLogger(HostileInputIntegrationTests.class);

	private static final int REQUESTS = 1000;

	@RegisterExtension
	static final EmbeddedS3 s3 = new EmbeddedS3("hostile-analytics-tests");

	@DynamicPropertySource
	static void s3Properties(DynamicPropertyRegistry registry) {
		s3.springProperties().forEach((name, value) -> registry.add(name, () -> value));
	}

	@LocalServerPort
	int port;

	@BeforeEach
	void awaitFirstSnapshot() {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> HostileInputCampaign.isReady(this.port, "/actuator/health/readiness"));
	}

	static Stream<Endpoint> endpoints() {
		return Stream.of(Endpoint.get("/analytics"), Endpoint.get("/analytics/heroes"),
				Endpoint.get("/analytics/leaderboard", "limit"), Endpoint.get("/analytics/drift"));
	}

	@ParameterizedTest
	@MethodSource("endpoints")
	void everyAnswerToAHostileRequestIsA2xxOrA4xxProblemDetail(Endpoint endpoint) throws Exception {
		Report report = HostileInputCampaign.attack(this.port, endpoint, REQUESTS, 19);
		log.info("{}", report);
		assertThat(report.findings()).as(report.toString()).isEmpty();
	}

}

package dev.scaleswell.ingest;

import java.util.ArrayList;
import java.util.List;

import dev.scaleswell.model.record.Dataset;
import dev.scaleswell.testsupport.EmbeddedS3;
import dev.scaleswell.testsupport.hostile.Endpoint;
import dev.scaleswell.testsupport.hostile.HostileInputCampaign;
import dev.scaleswell.testsupport.hostile.HostileInputCampaign.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.s3.S3Client;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A thousand generated hostile requests per write endpoint against the real server and a
 * real S3: every answer is a 2xx or a 4xx problem detail, never a 5xx, a hang or a reset;
 * and nothing hostile reached the lake, since the ETL's own decoder would quarantine no
 * line of what was stored.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class HostileInputIntegrationTests {

	private static final Logger log = LoggerFactory.getLogger(HostileInputIntegrationTests.class);

	private static final int REQUESTS = 1000;

	@RegisterExtension
	static final EmbeddedS3 s3 = new EmbeddedS3("hostile-ingest-tests");

	static final FakePredictService predict = new FakePredictService();

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		s3.springProperties().forEach((name, value) -> registry.add(name, () -> value));
		registry.add("scaleswell.ingest.prediction.base-url", predict::baseUrl);
		registry.add("scaleswell.ingest.writer.flush-deadline", () -> "15s");
	}

	@LocalServerPort
	int port;

	@Autowired
	S3Client s3Client;

	@Test
	void everyAnswerIsA2xxOrA4xxProblemDetailAndTheLakeHoldsOnlyValidRecords() throws Exception {
		List<Report> reports = new ArrayList<>();
		reports.add(HostileInputCampaign.attack(this.port,
				Endpoint.post("/submit-user-data", "{\"name\": \"Ada\", \"age\": 30, \"hero\": \"Thor\"}"), REQUESTS,
				19));
		reports.add(HostileInputCampaign.attack(this.port,
				Endpoint.post("/duel-results", "{\"name1\": \"Ada\", \"name2\": \"Thor\", \"winner\": \"Thor\", "
						+ "\"occurredAt\": \"2026-11-30T12:00:00Z\"}"),
				REQUESTS, 19));
		for (Report report : reports) {
			log.info("{}", report);
			assertThat(report.findings()).as(report.toString()).isEmpty();
		}
		RawZone raw = new RawZone(this.s3Client, s3.bucket());
		List<Dataset> datasets = List.of(Dataset.SUBMISSIONS, Dataset.DUEL_RESULTS);
		for (int i = 0; i < datasets.size(); i++) {
			// RawZone decodes with the ETL's codec and fails on any line it would
			// quarantine
			int stored = raw.records(datasets.get(i)).size();
			int accepted = reports.get(i).statuses().getOrDefault(201, 0);
			log.info("{}: {} records stored for {} answers 201", datasets.get(i), stored, accepted);
			assertThat(stored).isPositive().isLessThanOrEqualTo(accepted);
		}
	}

}

package dev.scaleswell.predict.model;

import java.time.Instant;

import dev.scaleswell.model.evaluation.OnlineEvaluation;
import dev.scaleswell.model.lake.LakeLayout;
import dev.scaleswell.testsupport.EmbeddedS3;
import dev.scaleswell.testsupport.lake.TestLake;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

import static org.assertj.core.api.Assertions.assertThat;

class OnlineEvaluationReaderTests {

	@RegisterExtension
	static final EmbeddedS3 s3 = new EmbeddedS3("online-reader-tests");

	static S3Client client;

	@BeforeAll
	static void connect() {
		client = TestLake.client(s3);
	}

	@AfterAll
	static void close() {
		client.close();
	}

	@Test
	void readWhenNoOnlineJsonExistsShouldSayAbsent() {
		assertThat(reader().read("v-none", null)).isInstanceOf(OnlineEvaluationReader.Result.Absent.class);
	}

	@Test
	void readWithTheEtagHeldShouldSayUnchangedAndAfterARewriteReadTheNewFigures() {
		put("v-1", "{\"version\": \"v-1\", \"updatedAt\": \"2026-12-01T10:00:00Z\", \"throughRunId\": \"run-1\","
				+ " \"scores\": " + emptyScores() + ", \"paired\": null, \"addedLater\": 1}");
		OnlineEvaluationReader.Result first = reader().read("v-1", null);
		assertThat(first).isInstanceOf(OnlineEvaluationReader.Result.Changed.class);
		OnlineEvaluationReader.Result.Changed changed = (OnlineEvaluationReader.Result.Changed) first;
		assertThat(changed.evaluation().throughRunId()).isEqualTo("run-1");
		assertThat(changed.evaluation().updatedAt()).isEqualTo(Instant.parse("2026-12-01T10:00:00Z"));
		assertThat(reader().read("v-1", changed.etag())).isInstanceOf(OnlineEvaluationReader.Result.Unchanged.class);
		put("v-1", "{\"version\": \"v-1\", \"updatedAt\": \"2026-12-01T10:05:00Z\", \"throughRunId\": \"run-2\","
				+ " \"scores\": " + emptyScores() + "}");
		OnlineEvaluationReader.Result second = reader().read("v-1", changed.etag());
		assertThat(second).isInstanceOf(OnlineEvaluationReader.Result.Changed.class);
		assertThat(((OnlineEvaluationReader.Result.Changed) second).evaluation().throughRunId()).isEqualTo("run-2");
	}

	@Test
	void readWhenTheVerdictHasNaNWrittenAsABareTokenOrAStringShouldParse() {
		String verdict = "{\"outcome\": \"INCONCLUSIVE\", \"duels\": 0, \"meanLogLossDifference\": %s,"
				+ " \"interval\": {\"low\": %s, \"high\": NaN}, \"confidence\": 0.95}";
		put("v-nan",
				"{\"version\": \"v-nan\", \"updatedAt\": \"2026-12-01T10:00:00Z\", \"scores\": " + emptyScores()
						+ ", \"paired\": {\"championVersion\": \"v-0\", \"comparison\": {\"duels\": 0, \"sum\": 0,"
						+ " \"sumOfSquares\": 0}, \"verdict\": " + verdict.formatted("NaN", "\"NaN\"") + "}}");
		OnlineEvaluationReader.Result result = reader().read("v-nan", null);
		assertThat(result).isInstanceOf(OnlineEvaluationReader.Result.Changed.class);
		OnlineEvaluation evaluation = ((OnlineEvaluationReader.Result.Changed) result).evaluation();
		assertThat(evaluation.paired().verdict().meanLogLossDifference()).isNaN();
		assertThat(evaluation.paired().verdict().interval().low()).isNaN();
	}

	private static String emptyScores() {
		return "{\"duels\": 0, \"skipped\": 0, \"correct\": 0, \"logLoss\": 0, \"logLossSquares\": 0, \"brier\": 0,"
				+ " \"brierSquares\": 0, \"bins\": [" + "{\"duels\": 0, \"predicted\": 0, \"wins\": 0},".repeat(9)
				+ "{\"duels\": 0, \"predicted\": 0, \"wins\": 0}]}";
	}

	private static void put(String version, String json) {
		client.putObject((request) -> request.bucket(s3.bucket()).key(LakeLayout.modelOnlineKey(version)),
				RequestBody.fromString(json));
	}

	private static OnlineEvaluationReader reader() {
		return new OnlineEvaluationReader(client, s3.bucket());
	}

}

package dev.scaleswell.model.s3;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class S3PropertiesTests {

	@Test
	void emptyEnvironmentShouldGiveTheDefaultsAndTheDefaultCredentialsChain() {
		S3Properties properties = S3Properties.fromEnvironment(Map.of());
		assertThat(properties.bucket()).isEqualTo("scale-etl-bucket-1");
		assertThat(properties.region()).isEqualTo("us-east-1");
		assertThat(properties.endpoint()).isNull();
		assertThat(properties.accessKeyId()).isNull();
	}

	@Test
	void referenceSystemVariablesShouldBeHonouredAndOursShouldWin() {
		assertThat(S3Properties.fromEnvironment(Map.of("S3_BUCKET", "legacy", "AWS_REGION", "eu-west-1")))
			.satisfies((p) -> {
				assertThat(p.bucket()).isEqualTo("legacy");
				assertThat(p.region()).isEqualTo("eu-west-1");
			});
		assertThat(S3Properties.fromEnvironment(Map.of("S3_BUCKET", "legacy", "SCALESWELL_S3_BUCKET", "ours",
				"SCALESWELL_S3_ENDPOINT", "http://127.0.0.1:9000", "SCALESWELL_S3_PATH_STYLE", "true")))
			.satisfies((p) -> {
				assertThat(p.bucket()).isEqualTo("ours");
				assertThat(p.endpoint()).isEqualTo(URI.create("http://127.0.0.1:9000"));
				assertThat(p.pathStyle()).isTrue();
			});
	}

	@Test
	void halfOfAStaticCredentialShouldBeRejected() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> S3Properties.fromEnvironment(Map.of("SCALESWELL_S3_ACCESS_KEY_ID", "id")))
			.withMessageContaining("set both");
	}

}

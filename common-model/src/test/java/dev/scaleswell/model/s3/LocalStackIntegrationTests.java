package dev.scaleswell.model.s3;

import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The same contract against LocalStack, where a Docker engine runs; skipped elsewhere.
 */
@Testcontainers(disabledWithoutDocker = true)
class LocalStackIntegrationTests extends S3ContractTests {

	@Container
	static final LocalStackContainer localStack = new LocalStackContainer(
			DockerImageName.parse("localstack/localstack:4.9"));

	@BeforeAll
	static void createBucket() {
		try (S3Client s3 = S3Clients.create(localStackProperties())) {
			s3.createBucket((create) -> create.bucket(S3Properties.DEFAULT_BUCKET));
		}
	}

	@Override
	S3Properties properties() {
		return localStackProperties();
	}

	private static S3Properties localStackProperties() {
		return new S3Properties(localStack.getEndpoint(), localStack.getRegion(), S3Properties.DEFAULT_BUCKET, true,
				localStack.getAccessKey(), localStack.getSecretKey(), Duration.ofSeconds(30));
	}

}

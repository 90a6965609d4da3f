package dev.scaleswell.model.s3;

import java.time.Duration;

import dev.scaleswell.testsupport.EmbeddedS3;
import org.junit.jupiter.api.extension.RegisterExtension;

class S3ProxyIntegrationTests extends S3ContractTests {

	@RegisterExtension
	static final EmbeddedS3 s3 = new EmbeddedS3();

	@Override
	S3Properties properties() {
		return new S3Properties(s3.endpoint(), "us-east-1", s3.bucket(), true, EmbeddedS3.ACCESS_KEY,
				EmbeddedS3.SECRET_KEY, Duration.ofSeconds(10));
	}

}

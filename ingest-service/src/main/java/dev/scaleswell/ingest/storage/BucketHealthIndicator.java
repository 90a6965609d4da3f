package dev.scaleswell.ingest.storage;

import java.time.Duration;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadBucketRequest;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Whether the lake's bucket answers a HEAD: part of readiness (a replica that cannot
 * store should get no traffic), never of liveness (restarting would not bring S3 back).
 */
class BucketHealthIndicator implements HealthIndicator {

	private static final Duration TIMEOUT = Duration.ofSeconds(2);

	private final S3Client s3;

	private final String bucket;

	BucketHealthIndicator(S3Client s3, String bucket) {
		this.s3 = s3;
		this.bucket = bucket;
	}

	@Override
	public Health health() {
		try {
			this.s3.headBucket(HeadBucketRequest.builder()
				.bucket(this.bucket)
				.overrideConfiguration((config) -> config.apiCallTimeout(TIMEOUT))
				.build());
			return Health.up().withDetail("bucket", this.bucket).build();
		}
		catch (SdkException ex) {
			return Health.down().withDetail("bucket", this.bucket).withDetail("error", ex.getMessage()).build();
		}
	}

}

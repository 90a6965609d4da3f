package dev.scaleswell.service.health;

import java.time.Duration;

import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadBucketRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Whether S3 answers, as a detail of the service's health ({@code components.s3}); never
 * part of liveness, and part of no service's readiness: an S3 outage hits every pod
 * alike, and each service has its own answer to it (503 with {@code Retry-After}, or
 * serving what it holds). An answer that refuses the request (a least-privilege role may
 * not head the bucket) still proves S3 reachable; only no answer, or a server error, is
 * down.
 */
public class S3HealthIndicator implements HealthIndicator {

	private static final Duration TIMEOUT = Duration.ofSeconds(2);

	private final S3Client s3;

	private final String bucket;

	public S3HealthIndicator(S3Client s3, String bucket) {
		this.s3 = s3;
		this.bucket = bucket;
	}

	@Override
	public Health health() {
		Health.Builder health = Health.up();
		try {
			this.s3.headBucket(HeadBucketRequest.builder()
				.bucket(this.bucket)
				.overrideConfiguration((config) -> config.apiCallTimeout(TIMEOUT))
				.build());
		}
		catch (S3Exception ex) {
			health = (ex.statusCode() >= 500) ? Health.down() : Health.up();
			health.withDetail("answer", ex.statusCode());
		}
		catch (SdkClientException ex) {
			health = Health.down().withDetail("error", ex.getMessage());
		}
		return health.withDetail("bucket", this.bucket).build();
	}

}

package dev.scaleswell.model.s3;

import java.io.Serializable;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the data lake is and how to reach it. Every module builds its S3 client from this
 * record, through {@link S3Clients}; Serializable so that Spark ships it to its
 * executors, which build their own.
 *
 * @param endpoint endpoint override (S3Proxy, LocalStack, MinIO); {@code null} for AWS
 * @param region AWS region (env {@code AWS_REGION} is honoured, as in the reference
 * system)
 * @param bucket the data-lake bucket (env {@code S3_BUCKET} is honoured)
 * @param pathStyle path-style addressing, needed by most S3-compatible servers
 * @param accessKeyId static access key; with neither key set the default AWS credentials
 * chain is used (env, profile, IRSA web identity, instance role)
 * @param secretAccessKey static secret key
 * @param apiCallTimeout upper bound for one S3 call, retries included
 */
@ConfigurationProperties("scaleswell.s3")
public record S3Properties(@Nullable URI endpoint, @DefaultValue(DEFAULT_REGION) String region,
		@DefaultValue(DEFAULT_BUCKET) String bucket, @DefaultValue("false") boolean pathStyle,
		@Nullable String accessKeyId, @Nullable String secretAccessKey,
		@DefaultValue("30s") Duration apiCallTimeout) implements Serializable {

	public static final String DEFAULT_BUCKET = "scale-etl-bucket-1";

	public static final String DEFAULT_REGION = "us-east-1";

	public S3Properties {
		if (bucket.isBlank()) {
			throw new IllegalArgumentException("scaleswell.s3.bucket must not be blank");
		}
		if ((accessKeyId == null) != (secretAccessKey == null)) {
			throw new IllegalArgumentException(
					"set both scaleswell.s3.access-key-id and secret-access-key, or neither");
		}
	}

	/**
	 * The settings from environment variables, for programs that do not run in Spring
	 * Boot. Reads {@code SCALESWELL_S3_*} names first, then the reference system's
	 * {@code S3_BUCKET} and {@code AWS_REGION}.
	 */
	public static S3Properties fromEnvironment(Map<String, String> env) {
		String endpoint = first(env, "SCALESWELL_S3_ENDPOINT", "S3_ENDPOINT");
		return new S3Properties((endpoint != null) ? URI.create(endpoint) : null,
				orDefault(first(env, "SCALESWELL_S3_REGION", "AWS_REGION"), DEFAULT_REGION),
				orDefault(first(env, "SCALESWELL_S3_BUCKET", "S3_BUCKET"), DEFAULT_BUCKET),
				Boolean.parseBoolean(orDefault(first(env, "SCALESWELL_S3_PATH_STYLE"), "false")),
				first(env, "SCALESWELL_S3_ACCESS_KEY_ID"), first(env, "SCALESWELL_S3_SECRET_ACCESS_KEY"),
				Duration.ofSeconds(30));
	}

	public S3Properties withBucket(String otherBucket) {
		return new S3Properties(this.endpoint, this.region, otherBucket, this.pathStyle, this.accessKeyId,
				this.secretAccessKey, this.apiCallTimeout);
	}

	private static @Nullable String first(Map<String, String> env, String... names) {
		for (String name : names) {
			String value = env.get(name);
			if (value != null && !value.isBlank()) {
				return value;
			}
		}
		return null;
	}

	private static String orDefault(@Nullable String value, String fallback) {
		return (value != null) ? value : fallback;
	}

}

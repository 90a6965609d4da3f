package dev.scaleswell.model.s3;

import java.util.function.Consumer;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * The one place that builds an {@link S3Client}: the same client talks to AWS, S3Proxy
 * and LocalStack, only the {@link S3Properties} differ.
 */
public final class S3Clients {

	private S3Clients() {
	}

	public static S3Client create(S3Properties properties) {
		return create(properties, (builder) -> {
		});
	}

	/**
	 * A client from {@code properties}, with {@code customizer} applied last so that a
	 * module can tune what only it needs (HTTP client, service configuration).
	 */
	public static S3Client create(S3Properties properties, Consumer<S3ClientBuilder> customizer) {
		S3ClientBuilder builder = S3Client.builder()
			.region(Region.of(properties.region()))
			.credentialsProvider(credentials(properties))
			.httpClientBuilder(UrlConnectionHttpClient.builder())
			.forcePathStyle(properties.pathStyle())
			.overrideConfiguration((config) -> config.apiCallTimeout(properties.apiCallTimeout()));
		if (properties.endpoint() != null) {
			// S3Proxy answers an aws-chunked upload (the SDK's default over plain HTTP)
			// before
			// reading its final chunk and closes the connection: the client fails an
			// attempt
			// the server applied, and the SDK's retry of a conditional put meets its own
			// object
			// (a spurious 412). A body signed whole avoids that.
			builder.endpointOverride(properties.endpoint())
				.serviceConfiguration((s3) -> s3.chunkedEncodingEnabled(false));
		}
		customizer.accept(builder);
		return builder.build();
	}

	/**
	 * Static keys when both are set, else the default chain (environment, profile, IRSA
	 * web identity through STS, container and instance roles).
	 */
	static AwsCredentialsProvider credentials(S3Properties properties) {
		if (properties.accessKeyId() != null && properties.secretAccessKey() != null) {
			return StaticCredentialsProvider
				.create(AwsBasicCredentials.create(properties.accessKeyId(), properties.secretAccessKey()));
		}
		return DefaultCredentialsProvider.builder().build();
	}

}

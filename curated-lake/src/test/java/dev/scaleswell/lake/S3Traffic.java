package dev.scaleswell.lake;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import dev.scaleswell.model.s3.S3Clients;
import dev.scaleswell.model.s3.S3Properties;
import dev.scaleswell.testsupport.EmbeddedS3;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A client for a fresh bucket on the embedded S3 server that records every HTTP answer it
 * gets (status and body length), so that tests can tell how a reader used S3.
 */
public final class S3Traffic implements ExecutionInterceptor {

	private static final AtomicInteger BUCKETS = new AtomicInteger();

	private final List<Answer> answers = new CopyOnWriteArrayList<>();

	private final S3Client client;

	private final String bucket;

	public S3Traffic(EmbeddedS3 server) {
		this.bucket = "lake-" + BUCKETS.incrementAndGet();
		S3Properties properties = new S3Properties(server.endpoint(), "us-east-1", this.bucket, true,
				EmbeddedS3.ACCESS_KEY, EmbeddedS3.SECRET_KEY, Duration.ofSeconds(30));
		this.client = S3Clients.create(properties,
				(builder) -> builder.overrideConfiguration((config) -> config.addExecutionInterceptor(this)));
		this.client.createBucket((request) -> request.bucket(this.bucket));
	}

	public S3Client client() {
		return this.client;
	}

	public String bucket() {
		return this.bucket;
	}

	/** Forgets what was recorded so far. */
	public void reset() {
		this.answers.clear();
	}

	public List<Answer> answers() {
		return List.copyOf(this.answers);
	}

	/** The body bytes S3 sent to GETs, as its answers declared them. */
	public long bytesReceived() {
		return this.answers.stream()
			.filter((answer) -> answer.method().equals("GET"))
			.mapToLong(Answer::contentLength)
			.sum();
	}

	@Override
	public void afterTransmission(Context.AfterTransmission context, ExecutionAttributes attributes) {
		SdkHttpResponse response = context.httpResponse();
		long length = response.firstMatchingHeader("Content-Length").map(Long::parseLong).orElse(0L);
		this.answers.add(new Answer(context.httpRequest().method().name(), response.statusCode(), length));
	}

	/**
	 * One HTTP answer: the request's method, the status and the body's declared length.
	 */
	public record Answer(String method, int status, long contentLength) {
	}

}

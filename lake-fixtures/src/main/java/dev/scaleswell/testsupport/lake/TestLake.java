package dev.scaleswell.testsupport.lake;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import dev.scaleswell.model.lake.EtlManifest;
import dev.scaleswell.model.lake.LakeLayout;
import dev.scaleswell.model.s3.S3Clients;
import dev.scaleswell.model.s3.S3Properties;
import dev.scaleswell.testsupport.EmbeddedS3;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * A fresh bucket on the embedded S3 server (tests in one class share the server, not the
 * lake), with a client that reaches it and the environment that points etl-job at it.
 */
public final class TestLake implements AutoCloseable {

	private static final AtomicInteger BUCKETS = new AtomicInteger();

	private final EmbeddedS3 server;

	private final S3Client s3;

	private final String bucket;

	private TestLake(EmbeddedS3 server, S3Client s3, String bucket) {
		this.server = server;
		this.s3 = s3;
		this.bucket = bucket;
	}

	/** Creates a bucket of its own on {@code server}. */
	public static TestLake create(EmbeddedS3 server) {
		S3Client s3 = client(server);
		String bucket = "lake-" + BUCKETS.incrementAndGet();
		s3.createBucket((request) -> request.bucket(bucket));
		return new TestLake(server, s3, bucket);
	}

	/** A client of {@code server}, its own bucket the default. */
	public static S3Client client(EmbeddedS3 server) {
		return S3Clients.create(S3Properties.fromEnvironment(server.environment(server.bucket())));
	}

	public S3Client s3() {
		return this.s3;
	}

	public String bucket() {
		return this.bucket;
	}

	/** The environment that points etl-job at this lake. */
	public Map<String, String> environment() {
		return this.server.environment(this.bucket);
	}

	public byte[] get(String key) {
		return this.s3.getObjectAsBytes((request) -> request.bucket(this.bucket).key(key)).asByteArray();
	}

	/** The committed lake state; fails when nothing was committed. */
	public EtlManifest latest() {
		return EtlManifest.fromJson(get(LakeLayout.latestManifestKey()));
	}

	public List<String> keys(String prefix) {
		return this.s3.listObjectsV2Paginator((request) -> request.bucket(this.bucket).prefix(prefix))
			.contents()
			.stream()
			.map(S3Object::key)
			.toList();
	}

	@Override
	public void close() {
		this.s3.close();
	}

}

package dev.scaleswell.testsupport;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real S3 protocol server (S3Proxy over an in-memory store) for tests, with the lake's
 * bucket created. Register it with
 * {@code @RegisterExtension static EmbeddedS3 s3 = new EmbeddedS3();}. {@link #stop()}
 * and {@link #start()} simulate an outage: the data survives and the server comes back on
 * the same port.
 */
public final class EmbeddedS3 implements BeforeAllCallback, AfterAllCallback {

	public static final String ACCESS_KEY = "test-access-key";

	public static final String SECRET_KEY = "test-secret-key";

	private static final Duration START_TIMEOUT = Duration.ofSeconds(20);

	private final String bucket;

	private final BlobStore store;

	private S3Proxy proxy;

	private int port;

	public EmbeddedS3() {
		this("scale-etl-bucket-1");
	}

	public EmbeddedS3(String bucket) {
		this.bucket = bucket;
		this.store = BlobStores.create("transient-nio2", new Properties());
	}

	private EmbeddedS3(String bucket, BlobStore store, int port) {
		this.bucket = bucket;
		this.store = store;
		this.port = port;
	}

	/**
	 * A server on a fixed loopback port over the files in {@code directory}, which
	 * outlive it: a benchmark's lake that a later run can reuse.
	 */
	public static EmbeddedS3 onDisk(String bucket, Path directory, int port) {
		Properties properties = new Properties();
		properties.setProperty("jclouds.filesystem.basedir", directory.toAbsolutePath().toString());
		return new EmbeddedS3(bucket, BlobStores.create("filesystem-nio2", properties), port);
	}

	@Override
	public void beforeAll(ExtensionContext context) throws Exception {
		start();
	}

	@Override
	public void afterAll(ExtensionContext context) throws Exception {
		stop();
	}

	/**
	 * Starts the server with its bucket: on a free port the first time (unless given
	 * one), on the same port after {@link #stop()}.
	 */
	public synchronized void start() throws Exception {
		if (this.proxy != null) {
			return;
		}
		S3Proxy server = S3Proxy.builder()
			.blobStore(this.store)
			.endpoint(URI.create("http://127.0.0.1:" + this.port))
			.awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
			.build();
		server.start();
		Instant deadline = Instant.now().plus(START_TIMEOUT);
		while (!"STARTED".equals(server.getState())) {
			if (Instant.now().isAfter(deadline)) {
				server.stop();
				throw new IllegalStateException("S3Proxy did not start within " + START_TIMEOUT);
			}
			Thread.sleep(10);
		}
		this.port = server.getPort();
		this.proxy = server;
		if (!this.store.containerExists(this.bucket)) {
			this.store.createContainer(this.bucket);
		}
	}

	/** Stops the server; the stored objects survive until the extension is discarded. */
	public synchronized void stop() throws Exception {
		if (this.proxy != null) {
			this.proxy.stop();
			this.proxy = null;
		}
	}

	public URI endpoint() {
		return URI.create("http://127.0.0.1:" + this.port);
	}

	public String bucket() {
		return this.bucket;
	}

	/** The {@code scaleswell.s3.*} settings that point a service at this server. */
	public Map<String, String> springProperties() {
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("scaleswell.s3.endpoint", endpoint().toString());
		properties.put("scaleswell.s3.bucket", this.bucket);
		properties.put("scaleswell.s3.path-style", "true");
		properties.put("scaleswell.s3.region", "us-east-1");
		properties.put("scaleswell.s3.access-key-id", ACCESS_KEY);
		properties.put("scaleswell.s3.secret-access-key", SECRET_KEY);
		return properties;
	}

	/**
	 * The environment variables that point a program outside Spring (etl-job) at
	 * {@code bucket} on this server.
	 */
	public Map<String, String> environment(String bucket) {
		return Map.of("SCALESWELL_S3_ENDPOINT", endpoint().toString(), "SCALESWELL_S3_PATH_STYLE", "true",
				"SCALESWELL_S3_ACCESS_KEY_ID", ACCESS_KEY, "SCALESWELL_S3_SECRET_ACCESS_KEY", SECRET_KEY, "S3_BUCKET",
				bucket, "AWS_REGION", "us-east-1");
	}

}

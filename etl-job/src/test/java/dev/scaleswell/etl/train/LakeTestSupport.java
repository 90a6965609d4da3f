package dev.scaleswell.etl.train;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import dev.scaleswell.model.duel.TrainingOptions;
import dev.scaleswell.model.s3.S3Clients;
import dev.scaleswell.model.s3.S3Properties;
import dev.scaleswell.testsupport.EmbeddedS3;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A fresh bucket per test on the shared embedded S3 server, and training settings small
 * enough for tests (a few thousand duels, a few small trees).
 */
public final class LakeTestSupport {

	private static final AtomicInteger BUCKETS = new AtomicInteger();

	private LakeTestSupport() {
	}

	public static String newBucket(S3Client s3) {
		String bucket = "lake-" + BUCKETS.incrementAndGet();
		s3.createBucket((request) -> request.bucket(bucket));
		return bucket;
	}

	public static S3Client client(EmbeddedS3 server) {
		return S3Clients.create(S3Properties.fromEnvironment(environment(server, server.bucket())));
	}

	/**
	 * The environment variables a command reads to reach {@code bucket} on
	 * {@code server}.
	 */
	public static Map<String, String> environment(EmbeddedS3 server, String bucket) {
		return Map.of("SCALESWELL_S3_ENDPOINT", server.endpoint().toString(), "SCALESWELL_S3_PATH_STYLE", "true",
				"SCALESWELL_S3_ACCESS_KEY_ID", EmbeddedS3.ACCESS_KEY, "SCALESWELL_S3_SECRET_ACCESS_KEY",
				EmbeddedS3.SECRET_KEY, "S3_BUCKET", bucket, "AWS_REGION", "us-east-1");
	}

	/** 4,000 synthetic duels, 20 trees of depth 10: trains in well under a second. */
	public static TrainSettings smallSettings() {
		return new TrainSettings(4_000, 0.25, 7L, new TrainingOptions(20, 10, 200, 4, 5, 7L), GatePolicy.defaults(),
				true);
	}

	/** One stump: one tree of two leaves. */
	public static TrainSettings weakSettings() {
		return new TrainSettings(4_000, 0.25, 7L, new TrainingOptions(1, 2, 2, 1, 5, 7L), GatePolicy.defaults(), true);
	}

}

package dev.scaleswell.lake.aggregate;

import dev.scaleswell.lake.commit.LakeJson;
import dev.scaleswell.lake.parquet.CuratedFiles;
import dev.scaleswell.model.hero.HeroCatalog;
import dev.scaleswell.model.lake.EtlManifest;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The aggregates of a lake state as a small JSON object,
 * {@code _manifests/etl/aggregates/<runId>.json}, written before the {@code latest.json}
 * that names it: readers serve it instead of scanning the curated users. The JSON
 * tolerates fields added later.
 */
public final class PublishedAggregates {

	private static final String PREFIX = "_manifests/etl/aggregates/";

	private final S3Client s3;

	private final String bucket;

	private final LakeAggregation aggregation;

	public PublishedAggregates(S3Client s3, String bucket, HeroCatalog catalog) {
		this.s3 = s3;
		this.bucket = bucket;
		this.aggregation = new LakeAggregation(new CuratedFiles(s3, bucket), catalog);
	}

	/** The key of run {@code runId}'s aggregates. */
	public static String key(String runId) {
		return PREFIX + runId + ".json";
	}

	/**
	 * Computes and writes the aggregates of {@code manifest}'s state.
	 * @return {@code manifest} naming them, ready to commit
	 */
	public EtlManifest publish(EtlManifest manifest) {
		String key = key(manifest.runId());
		byte[] json = LakeJson.MAPPER.writeValueAsBytes(this.aggregation.compute(manifest));
		this.s3.putObject((request) -> request.bucket(this.bucket).key(key).contentType("application/json"),
				RequestBody.fromBytes(json));
		return manifest.withAggregates(key);
	}

	/**
	 * Reads published aggregates.
	 * @throws tools.jackson.core.JacksonException if the object is not aggregates
	 */
	public Aggregates read(String key) {
		byte[] json = this.s3.getObjectAsBytes((request) -> request.bucket(this.bucket).key(key)).asByteArrayUnsafe();
		return LakeJson.MAPPER.readValue(json, Aggregates.class);
	}

}

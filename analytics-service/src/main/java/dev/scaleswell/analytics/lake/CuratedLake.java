package dev.scaleswell.analytics.lake;

import dev.scaleswell.lake.aggregate.Aggregates;
import dev.scaleswell.lake.aggregate.LakeAggregation;
import dev.scaleswell.lake.aggregate.PublishedAggregates;
import dev.scaleswell.lake.commit.ManifestState;
import dev.scaleswell.lake.commit.ManifestStore;
import dev.scaleswell.lake.parquet.CuratedFiles;
import dev.scaleswell.model.hero.HeroCatalog;
import dev.scaleswell.model.lake.EtlManifest;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The committed lake as analytics reads it: {@code latest.json} with a conditional GET,
 * the aggregates the ETL published for it, or, when an older ETL committed it, the same
 * aggregates computed from the curated Parquet files it names.
 */
public final class CuratedLake {

	private final S3Client s3;

	private final String bucket;

	private final ManifestStore manifests;

	private final PublishedAggregates published;

	private final LakeAggregation aggregation;

	public CuratedLake(S3Client s3, String bucket, HeroCatalog catalog) {
		this.s3 = s3;
		this.bucket = bucket;
		this.manifests = new ManifestStore(s3, bucket);
		this.published = new PublishedAggregates(s3, bucket, catalog);
		this.aggregation = new LakeAggregation(new CuratedFiles(s3, bucket), catalog);
	}

	/**
	 * Reads {@code latest.json} unless it still has {@code knownEtag}.
	 */
	public ManifestState latest(@Nullable String knownEtag) {
		return this.manifests.read(knownEtag);
	}

	/**
	 * The aggregates of {@code manifest}'s state: the published object it names, else (a
	 * lake committed by an ETL that published none) a scan of its curated files.
	 */
	public Aggregates aggregates(EtlManifest manifest) {
		String key = manifest.aggregates();
		return (key != null) ? this.published.read(key) : this.aggregation.compute(manifest);
	}

	/** A whole (small) object, such as a drift report. */
	public byte[] object(String key) {
		return this.s3.getObjectAsBytes((request) -> request.bucket(this.bucket).key(key)).asByteArrayUnsafe();
	}

}

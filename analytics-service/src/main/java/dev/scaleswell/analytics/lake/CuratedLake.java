package dev.scaleswell.analytics.lake;

import java.util.List;
import java.util.function.Consumer;

import dev.scaleswell.lake.aggregate.Aggregates;
import dev.scaleswell.lake.aggregate.LakeAggregation;
import dev.scaleswell.lake.aggregate.PublishedAggregates;
import dev.scaleswell.lake.commit.ManifestState;
import dev.scaleswell.lake.commit.ManifestStore;
import dev.scaleswell.lake.parquet.CuratedFiles;
import dev.scaleswell.lake.schema.CuratedColumns;
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

	private static final List<String> USER_COLUMNS = List.of(CuratedColumns.IDENTITY_KEY, CuratedColumns.NAME,
			CuratedColumns.AGE, CuratedColumns.HERO, CuratedColumns.RATING);

	private static final List<String> DUEL_COLUMNS = List.of(CuratedColumns.RECEIVED_AT, CuratedColumns.NAME1,
			CuratedColumns.KEY1, CuratedColumns.NAME2, CuratedColumns.KEY2, CuratedColumns.WINNER_KEY);

	private final S3Client s3;

	private final String bucket;

	private final ManifestStore manifests;

	private final CuratedFiles files;

	private final PublishedAggregates published;

	private final LakeAggregation aggregation;

	public CuratedLake(S3Client s3, String bucket, HeroCatalog catalog) {
		this.s3 = s3;
		this.bucket = bucket;
		this.manifests = new ManifestStore(s3, bucket);
		this.files = new CuratedFiles(s3, bucket);
		this.published = new PublishedAggregates(s3, bucket, catalog);
		this.aggregation = new LakeAggregation(this.files, catalog);
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

	/** The rows of a Parquet file, from its footer alone. */
	public long rowCount(String key) {
		return this.files.rowCount(key);
	}

	/** Streams the users of one users snapshot file. */
	public void forEachUser(String key, Consumer<UserRow> consumer) {
		this.files.readColumns(key, USER_COLUMNS, (row) -> consumer.accept(
				new UserRow(row.string(0), row.string(1), (int) row.number(2), row.string(3), row.optionalDouble(4))));
	}

	/** Streams the duel results of one curated file. */
	public void forEachDuel(String key, Consumer<DuelRow> consumer) {
		this.files.readColumns(key, DUEL_COLUMNS, (row) -> consumer.accept(
				new DuelRow(row.number(0), row.string(1), row.string(2), row.string(3), row.string(4), row.string(5))));
	}

	/** A whole (small) object, such as a drift report. */
	public byte[] object(String key) {
		return this.s3.getObjectAsBytes((request) -> request.bucket(this.bucket).key(key)).asByteArrayUnsafe();
	}

	/** The users snapshot columns analytics reads. */
	public record UserRow(String identityKey, String name, int age, String hero, @Nullable Double rating) {
	}

	/** The duel result columns analytics reads. */
	public record DuelRow(long receivedAt, String name1, String key1, String name2, String key2, String winnerKey) {
	}

}

package dev.scaleswell.analytics.lake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;

import dev.scaleswell.model.lake.EtlManifest;
import dev.scaleswell.model.lake.LakeLayout;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The committed lake as analytics reads it: {@code latest.json} with a conditional GET,
 * and the curated Parquet files it names, streamed with only the columns analytics needs.
 */
public class CuratedLake {

	private static final int NOT_MODIFIED = 304;

	private static final List<String> USER_COLUMNS = List.of("identity_key", "name", "age", "hero", "rating");

	private static final List<String> DUEL_COLUMNS = List.of("received_at", "name1", "key1", "name2", "key2",
			"winner_key");

	private final S3Client s3;

	private final String bucket;

	public CuratedLake(S3Client s3, String bucket) {
		this.s3 = s3;
		this.bucket = bucket;
	}

	/**
	 * Reads {@code latest.json} unless it still has {@code knownEtag}.
	 */
	public ManifestState latest(@Nullable String knownEtag) {
		ResponseBytes<GetObjectResponse> object;
		try {
			object = this.s3.getObjectAsBytes((
					request) -> request.bucket(this.bucket).key(LakeLayout.latestManifestKey()).ifNoneMatch(knownEtag));
		}
		catch (NoSuchKeyException ex) {
			return new ManifestState.Absent();
		}
		catch (S3Exception ex) {
			if (ex.statusCode() == NOT_MODIFIED) {
				return new ManifestState.Unchanged();
			}
			throw ex;
		}
		String etag = object.response().eTag();
		if (etag.equals(knownEtag)) {
			return new ManifestState.Unchanged();
		}
		return new ManifestState.Changed(EtlManifest.fromJson(object.asByteArrayUnsafe()), etag);
	}

	/** The rows of a Parquet file, from its footer alone. */
	public long rowCount(String key) {
		ParquetReadOptions options = ParquetReadOptions.builder(new PlainParquetConfiguration()).build();
		try (ParquetFileReader reader = ParquetFileReader.open(inputFile(key), options)) {
			return reader.getRecordCount();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the footer of " + key, ex);
		}
	}

	/** Streams the users of one users snapshot file. */
	public void forEachUser(String key, Consumer<UserRow> consumer) {
		read(key, USER_COLUMNS, (row) -> consumer.accept(
				new UserRow(row.string(0), row.string(1), (int) row.number(2), row.string(3), row.optionalDouble(4))));
	}

	/** Streams the duel results of one curated file. */
	public void forEachDuel(String key, Consumer<DuelRow> consumer) {
		read(key, DUEL_COLUMNS, (row) -> consumer.accept(
				new DuelRow(row.number(0), row.string(1), row.string(2), row.string(3), row.string(4), row.string(5))));
	}

	/** A whole (small) object, such as a drift report. */
	public byte[] object(String key) {
		return this.s3.getObjectAsBytes((request) -> request.bucket(this.bucket).key(key)).asByteArrayUnsafe();
	}

	private void read(String key, List<String> columns, Consumer<ProjectedRows.Row> consumer) {
		try {
			ProjectedRows.read(inputFile(key), columns, consumer);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + key, ex);
		}
	}

	private S3InputFile inputFile(String key) {
		return new S3InputFile(this.s3, this.bucket, key);
	}

	/** The users snapshot columns analytics reads. */
	public record UserRow(String identityKey, String name, int age, String hero, @Nullable Double rating) {
	}

	/** The duel result columns analytics reads. */
	public record DuelRow(long receivedAt, String name1, String key1, String name2, String key2, String winnerKey) {
	}

}

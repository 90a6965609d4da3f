package dev.scaleswell.analytics.lake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

import dev.scaleswell.model.lake.EtlManifest;
import dev.scaleswell.model.lake.LakeLayout;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.avro.AvroReadSupport;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetReader;
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

	static final Schema USER_COLUMNS = SchemaBuilder.record("User")
		.fields()
		.requiredString("identity_key")
		.requiredString("name")
		.requiredInt("age")
		.requiredString("hero")
		.optionalDouble("rating")
		.endRecord();

	static final Schema DUEL_COLUMNS = SchemaBuilder.record("DuelResult")
		.fields()
		.requiredLong("received_at")
		.requiredString("name1")
		.requiredString("name2")
		.requiredString("key1")
		.requiredString("key2")
		.requiredString("winner_key")
		.endRecord();

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
		read(key, USER_COLUMNS, (user) -> consumer.accept(new UserRow(string(user, "identity_key"),
				string(user, "name"), (Integer) user.get("age"), string(user, "hero"), (Double) user.get("rating"))));
	}

	/** Streams the duel results of one curated file. */
	public void forEachDuel(String key, Consumer<DuelRow> consumer) {
		read(key, DUEL_COLUMNS,
				(duel) -> consumer
					.accept(new DuelRow(millis(duel.get("received_at")), string(duel, "name1"), string(duel, "key1"),
							string(duel, "name2"), string(duel, "key2"), string(duel, "winner_key"))));
	}

	/** A whole (small) object, such as a drift report. */
	public byte[] object(String key) {
		return this.s3.getObjectAsBytes((request) -> request.bucket(this.bucket).key(key)).asByteArrayUnsafe();
	}

	private void read(String key, Schema projection, Consumer<GenericRecord> consumer) {
		ParquetConfiguration conf = new PlainParquetConfiguration();
		conf.set(AvroReadSupport.AVRO_REQUESTED_PROJECTION, projection.toString());
		try (ParquetReader<GenericRecord> reader = AvroParquetReader.<GenericRecord>builder(inputFile(key), conf)
			.withDataModel(GenericData.get())
			.build()) {
			for (GenericRecord row = reader.read(); row != null; row = reader.read()) {
				consumer.accept(row);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + key, ex);
		}
	}

	private S3InputFile inputFile(String key) {
		return new S3InputFile(this.s3, this.bucket, key);
	}

	private static String string(GenericRecord record, String field) {
		return record.get(field).toString();
	}

	private static long millis(Object value) {
		return (value instanceof java.time.Instant instant) ? instant.toEpochMilli() : ((Number) value).longValue();
	}

	/** The users snapshot columns analytics reads. */
	public record UserRow(String identityKey, String name, int age, String hero, @Nullable Double rating) {
	}

	/** The duel result columns analytics reads. */
	public record DuelRow(long receivedAt, String name1, String key1, String name2, String key2, String winnerKey) {
	}

}

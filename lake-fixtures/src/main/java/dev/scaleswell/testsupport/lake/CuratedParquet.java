package dev.scaleswell.testsupport.lake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.scaleswell.lake.commit.ManifestStore;
import dev.scaleswell.lake.schema.CuratedColumns;
import dev.scaleswell.lake.schema.CuratedSchemas;
import dev.scaleswell.model.lake.EtlManifest;
import dev.scaleswell.model.record.Dataset;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The one lake fixture builder: writes curated Parquet in curated-lake's schemas with
 * parquet-avro's own writer (not the ETL's writer support, so that a reader under test is
 * checked against a writer it does not share code with) and commits it through
 * curated-lake's {@link ManifestStore}, as a run would.
 */
public final class CuratedParquet {

	private static final String SOURCE_KEY = "raw/submissions/dt=2026-12-01/hour=18/1764612000000-fixture-1.jsonl.gz";

	private final S3Client s3;

	private final String bucket;

	public CuratedParquet(S3Client s3, String bucket) {
		this.s3 = s3;
		this.bucket = bucket;
	}

	/** A users snapshot row; the identity key is the lower-cased name. */
	public static GenericRecord user(String name, int age, String hero, int submissions, @Nullable Double rating) {
		GenericRecord user = new GenericData.Record(CuratedSchemas.USER);
		user.put(CuratedColumns.IDENTITY_KEY, name.toLowerCase(Locale.ROOT));
		user.put(CuratedColumns.NAME, name);
		user.put(CuratedColumns.AGE, age);
		user.put(CuratedColumns.HERO, hero);
		user.put(CuratedColumns.SUBMISSIONS, submissions);
		user.put(CuratedColumns.FIRST_SEEN, 1_764_600_000_000L);
		user.put(CuratedColumns.LAST_SEEN, 1_764_612_000_000L);
		user.put(CuratedColumns.RATING, rating);
		return user;
	}

	/** A curated submission with a random id. */
	public static GenericRecord submission(String name, int age, String hero, long receivedAt) {
		GenericRecord submission = new GenericData.Record(CuratedSchemas.SUBMISSION);
		submission.put(CuratedColumns.ID, UUID.randomUUID().toString());
		submission.put(CuratedColumns.RECEIVED_AT, receivedAt);
		submission.put(CuratedColumns.NAME, name);
		submission.put(CuratedColumns.IDENTITY_KEY, name.toLowerCase(Locale.ROOT));
		submission.put(CuratedColumns.AGE, age);
		submission.put(CuratedColumns.HERO, hero);
		submission.put(CuratedColumns.SOURCE_KEY, SOURCE_KEY);
		return submission;
	}

	/** A curated duel result with a random id; keys are the lower-cased names. */
	public static GenericRecord duel(String name1, String name2, String winner, long receivedAt) {
		GenericRecord duel = new GenericData.Record(CuratedSchemas.DUEL_RESULT);
		duel.put(CuratedColumns.ID, UUID.randomUUID().toString());
		duel.put(CuratedColumns.RECEIVED_AT, receivedAt);
		duel.put(CuratedColumns.OCCURRED_AT, null);
		duel.put(CuratedColumns.NAME1, name1);
		duel.put(CuratedColumns.NAME2, name2);
		duel.put(CuratedColumns.WINNER, winner);
		duel.put(CuratedColumns.KEY1, name1.toLowerCase(Locale.ROOT));
		duel.put(CuratedColumns.KEY2, name2.toLowerCase(Locale.ROOT));
		duel.put(CuratedColumns.WINNER_KEY, winner.toLowerCase(Locale.ROOT));
		duel.put(CuratedColumns.SOURCE_KEY, SOURCE_KEY.replace("submissions", "duel-results"));
		return duel;
	}

	/** Writes one ZSTD Parquet file of {@code schema} to {@code key}. */
	public void write(String key, Schema schema, Iterator<GenericRecord> records) {
		try {
			Path file = Files.createTempFile("curated-", ".parquet");
			try {
				try (ParquetWriter<GenericRecord> writer = AvroParquetWriter
					.<GenericRecord>builder(new LocalOutputFile(file))
					.withSchema(schema)
					.withConf(new PlainParquetConfiguration())
					.withCompressionCodec(CompressionCodecName.ZSTD)
					.withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
					.build()) {
					while (records.hasNext()) {
						writer.write(records.next());
					}
				}
				this.s3.putObject((request) -> request.bucket(this.bucket).key(key), RequestBody.fromFile(file));
			}
			finally {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public void write(String key, Schema schema, List<GenericRecord> records) {
		write(key, schema, records.iterator());
	}

	/**
	 * Commits {@code manifest} as the lake's state, replacing whatever was committed (a
	 * fixture does not race other runs).
	 * @return the new ETag of {@code latest.json}
	 */
	public String commit(EtlManifest manifest) {
		ManifestStore store = new ManifestStore(this.s3, this.bucket);
		return store.commit(manifest, store.latest().map(ManifestStore.Versioned::etag).orElse(null));
	}

	/** Commits a lake state of the given files, as the ETL's last step does. */
	public String commit(String runId, Instant committedAt, List<String> usersFiles, List<String> submissionFiles,
			List<String> duelFiles, EtlManifest.Totals totals, @Nullable String modelVersion,
			@Nullable String driftReport) {
		return commit(new EtlManifest(runId, committedAt, usersFiles,
				Map.of(Dataset.SUBMISSIONS.path(), submissionFiles, Dataset.DUEL_RESULTS.path(), duelFiles), totals,
				modelVersion, driftReport));
	}

	public void putJson(String key, String json) {
		this.s3.putObject((request) -> request.bucket(this.bucket).key(key).contentType("application/json"),
				RequestBody.fromString(json));
	}

}

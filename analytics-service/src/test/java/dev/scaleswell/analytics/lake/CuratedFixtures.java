package dev.scaleswell.analytics.lake;

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

import dev.scaleswell.model.lake.EtlManifest;
import dev.scaleswell.model.lake.LakeLayout;
import dev.scaleswell.model.record.Dataset;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
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
 * Writes curated Parquet in the exact contract schema (CONTRACTS.md) with parquet-avro,
 * as the ETL's curate step does, plus the {@code latest.json} that commits it. Shared by
 * the tests and the benchmark's lake generator.
 */
public final class CuratedFixtures {

	private static final Schema TIMESTAMP = LogicalTypes.timestampMillis().addToSchema(Schema.create(Schema.Type.LONG));

	public static final Schema SUBMISSION = SchemaBuilder.record("Submission")
		.namespace("dev.scaleswell.curated")
		.fields()
		.requiredString("id")
		.name("received_at")
		.type(TIMESTAMP)
		.noDefault()
		.requiredString("name")
		.requiredString("identity_key")
		.requiredInt("age")
		.requiredString("hero")
		.requiredString("source_key")
		.endRecord();

	public static final Schema DUEL_RESULT = SchemaBuilder.record("DuelResult")
		.namespace("dev.scaleswell.curated")
		.fields()
		.requiredString("id")
		.name("received_at")
		.type(TIMESTAMP)
		.noDefault()
		.name("occurred_at")
		.type()
		.unionOf()
		.nullType()
		.and()
		.type(TIMESTAMP)
		.endUnion()
		.nullDefault()
		.requiredString("name1")
		.requiredString("name2")
		.requiredString("winner")
		.requiredString("key1")
		.requiredString("key2")
		.requiredString("winner_key")
		.requiredString("source_key")
		.endRecord();

	public static final Schema USER = SchemaBuilder.record("User")
		.namespace("dev.scaleswell.curated")
		.fields()
		.requiredString("identity_key")
		.requiredString("name")
		.requiredInt("age")
		.requiredString("hero")
		.requiredInt("submissions")
		.name("first_seen")
		.type(TIMESTAMP)
		.noDefault()
		.name("last_seen")
		.type(TIMESTAMP)
		.noDefault()
		.optionalDouble("rating")
		.endRecord();

	private static final String SOURCE_KEY = "raw/submissions/dt=2026-12-01/hour=18/1764612000000-fixture-1.jsonl.gz";

	private final S3Client s3;

	private final String bucket;

	public CuratedFixtures(S3Client s3, String bucket) {
		this.s3 = s3;
		this.bucket = bucket;
	}

	public static GenericRecord user(String name, int age, String hero, int submissions, @Nullable Double rating) {
		GenericRecord user = new GenericData.Record(USER);
		user.put("identity_key", name.toLowerCase(Locale.ROOT));
		user.put("name", name);
		user.put("age", age);
		user.put("hero", hero);
		user.put("submissions", submissions);
		user.put("first_seen", 1_764_600_000_000L);
		user.put("last_seen", 1_764_612_000_000L);
		user.put("rating", rating);
		return user;
	}

	public static GenericRecord submission(String name, int age, String hero, long receivedAt) {
		GenericRecord submission = new GenericData.Record(SUBMISSION);
		submission.put("id", UUID.randomUUID().toString());
		submission.put("received_at", receivedAt);
		submission.put("name", name);
		submission.put("identity_key", name.toLowerCase(Locale.ROOT));
		submission.put("age", age);
		submission.put("hero", hero);
		submission.put("source_key", SOURCE_KEY);
		return submission;
	}

	public static GenericRecord duel(String name1, String name2, String winner, long receivedAt) {
		GenericRecord duel = new GenericData.Record(DUEL_RESULT);
		duel.put("id", UUID.randomUUID().toString());
		duel.put("received_at", receivedAt);
		duel.put("occurred_at", null);
		duel.put("name1", name1);
		duel.put("name2", name2);
		duel.put("winner", winner);
		duel.put("key1", name1.toLowerCase(Locale.ROOT));
		duel.put("key2", name2.toLowerCase(Locale.ROOT));
		duel.put("winner_key", winner.toLowerCase(Locale.ROOT));
		duel.put("source_key", SOURCE_KEY.replace("submissions", "duel-results"));
		return duel;
	}

	/** Writes one ZSTD Parquet file to {@code key}. */
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

	/** Commits a lake state: writes {@code latest.json} as the ETL's last step does. */
	public void commit(String runId, Instant committedAt, List<String> usersFiles, List<String> submissionFiles,
			List<String> duelFiles, EtlManifest.Totals totals, @Nullable String modelVersion,
			@Nullable String driftReport) {
		EtlManifest manifest = new EtlManifest(runId, committedAt, usersFiles,
				Map.of(Dataset.SUBMISSIONS.path(), submissionFiles, Dataset.DUEL_RESULTS.path(), duelFiles), totals,
				modelVersion, driftReport);
		this.s3.putObject((request) -> request.bucket(this.bucket)
			.key(LakeLayout.latestManifestKey())
			.contentType("application/json"), RequestBody.fromBytes(manifest.toJson()));
	}

	public void putJson(String key, String json) {
		this.s3.putObject((request) -> request.bucket(this.bucket).key(key).contentType("application/json"),
				RequestBody.fromString(json));
	}

}

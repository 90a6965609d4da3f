package dev.scaleswell.testsupport.lake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.scaleswell.lake.aggregate.PublishedAggregates;
import dev.scaleswell.lake.commit.ManifestConflictException;
import dev.scaleswell.lake.commit.ManifestStore;
import dev.scaleswell.lake.schema.CuratedColumns;
import dev.scaleswell.lake.schema.CuratedSchemas;
import dev.scaleswell.model.hero.HeroCatalog;
import dev.scaleswell.model.lake.EtlManifest;
import dev.scaleswell.model.lake.LakeLayout;
import dev.scaleswell.model.record.Dataset;
import dev.scaleswell.model.warrior.WarriorProfile;
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

	/** When {@link #commitRun} says its runs happened. */
	private static final Instant RUN_AT = Instant.parse("2026-12-01T19:00:00Z");

	private static final LocalDate RUN_DAY = LocalDate.parse("2026-12-01");

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

	/** An unrated users snapshot row of one submission, keyed by its identity key. */
	public static GenericRecord user(WarriorProfile warrior) {
		GenericRecord user = user(warrior.name(), warrior.age(), warrior.hero().name(), 1, null);
		user.put(CuratedColumns.IDENTITY_KEY, warrior.identityKey());
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
		try {
			return store.commit(manifest, store.latest().map(ManifestStore.Versioned::etag).orElse(null));
		}
		catch (ManifestConflictException ex) {
			// an SDK retry of a commit whose first attempt landed (see docs/training.md)
			return store.latest()
				.filter((current) -> current.manifest().equals(manifest))
				.map(ManifestStore.Versioned::etag)
				.orElseThrow(() -> ex);
		}
	}

	/**
	 * Commits a lake state of the given files without published aggregates, as an ETL
	 * older than the aggregates step did.
	 */
	public String commit(String runId, Instant committedAt, List<String> usersFiles, List<String> submissionFiles,
			List<String> duelFiles, EtlManifest.Totals totals, @Nullable String modelVersion,
			@Nullable String driftReport) {
		return commit(
				state(runId, committedAt, usersFiles, submissionFiles, duelFiles, totals, modelVersion, driftReport));
	}

	/** A lake state of the given files, ready to publish or commit. */
	public static EtlManifest state(String runId, Instant committedAt, List<String> usersFiles,
			List<String> submissionFiles, List<String> duelFiles, EtlManifest.Totals totals,
			@Nullable String modelVersion, @Nullable String driftReport) {
		return new EtlManifest(runId, committedAt, usersFiles,
				Map.of(Dataset.SUBMISSIONS.path(), submissionFiles, Dataset.DUEL_RESULTS.path(), duelFiles), totals,
				modelVersion, driftReport);
	}

	/**
	 * Computes and writes the aggregates of {@code manifest}'s state with the ETL run's
	 * own writer, as the run does before its last commit.
	 * @return {@code manifest} naming them, ready to {@link #commit(EtlManifest)}
	 */
	public EtlManifest publishAggregates(EtlManifest manifest) {
		return new PublishedAggregates(this.s3, this.bucket, HeroCatalog.standard()).publish(manifest);
	}

	/**
	 * Commits {@code users} alone as the snapshot of run {@code runId}, as predict reads
	 * it.
	 */
	public void commitUsers(String runId, List<WarriorProfile> users) {
		String key = LakeLayout.usersKey(runId, 0);
		write(key, CuratedSchemas.USER, users.stream().map(CuratedParquet::user).toList());
		commitUsersFiles(runId, List.of(key));
	}

	/** Commits a lake state of users snapshot files and no curated data. */
	public void commitUsersFiles(String runId, List<String> usersFiles) {
		commit(new EtlManifest(runId, Instant.now(), usersFiles, Map.of(), EtlManifest.Totals.NONE, null, null));
	}

	/**
	 * Commits run {@code runId} on top of the lake's state, as a curate run would:
	 * {@code submissions} as its new submissions, {@code users} as the snapshot of every
	 * warrior submitted so far, and {@code duels} (name1, name2, winner: identity keys)
	 * as recorded duel results; the model version committed before is kept.
	 */
	public EtlManifest commitRun(String runId, List<WarriorProfile> submissions, List<WarriorProfile> users,
			List<String[]> duels) {
		Optional<EtlManifest> latest = new ManifestStore(this.s3, this.bucket).latest()
			.map(ManifestStore.Versioned::manifest);
		Map<String, List<String>> files = new HashMap<>();
		for (Dataset dataset : Dataset.values()) {
			files.put(dataset.path(), new ArrayList<>(latest.map((m) -> m.curatedFiles(dataset)).orElse(List.of())));
		}
		long at = RUN_AT.toEpochMilli();
		if (!submissions.isEmpty()) {
			String key = LakeLayout.curatedKey(Dataset.SUBMISSIONS, RUN_DAY, runId, 0);
			write(key, CuratedSchemas.SUBMISSION, submissions.stream().map((warrior) -> {
				GenericRecord row = submission(warrior.name(), warrior.age(), warrior.hero().name(), at);
				row.put(CuratedColumns.IDENTITY_KEY, warrior.identityKey());
				return row;
			}).toList());
			files.get(Dataset.SUBMISSIONS.path()).add(key);
		}
		if (!duels.isEmpty()) {
			String key = LakeLayout.curatedKey(Dataset.DUEL_RESULTS, RUN_DAY, runId, 0);
			write(key, CuratedSchemas.DUEL_RESULT, duels.stream().map((d) -> duel(d[0], d[1], d[2], at)).toList());
			files.get(Dataset.DUEL_RESULTS.path()).add(key);
		}
		String usersKey = LakeLayout.usersKey(runId, 0);
		write(usersKey, CuratedSchemas.USER, users.stream().map(CuratedParquet::user).toList());
		EtlManifest manifest = new EtlManifest(runId, RUN_AT, List.of(usersKey), files,
				new EtlManifest.Totals(submissions.size(), duels.size(), users.size()),
				latest.map(EtlManifest::modelVersion).orElse(null), null);
		commit(manifest);
		return manifest;
	}

	public void putJson(String key, String json) {
		this.s3.putObject((request) -> request.bucket(this.bucket).key(key).contentType("application/json"),
				RequestBody.fromString(json));
	}

}

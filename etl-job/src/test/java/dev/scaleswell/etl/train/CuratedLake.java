package dev.scaleswell.etl.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;

import dev.scaleswell.lake.schema.CuratedSchemas;
import dev.scaleswell.lake.commit.ManifestConflictException;
import dev.scaleswell.lake.commit.ManifestStore;
import dev.scaleswell.model.hero.Hero;
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
import org.apache.parquet.io.LocalOutputFile;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Commits curated data straight into the lake (Parquet written with plain parquet-avro,
 * {@code latest.json} through the manifest store), as a curate run would: for the tests
 * of the steps after curate.
 */
public final class CuratedLake {

	private static final LocalDate DAY = LocalDate.parse("2026-12-01");

	private final S3Client s3;

	private final String bucket;

	private final Path directory;

	public CuratedLake(S3Client s3, String bucket, Path directory) {
		this.s3 = s3;
		this.bucket = bucket;
		this.directory = directory;
	}

	/**
	 * {@code count} seeded warriors, ages normal around {@code 30 + ageShift}, heroes
	 * uniform.
	 */
	public static List<WarriorProfile> warriors(String prefix, int count, int ageShift, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		List<Hero> heroes = HeroCatalog.standard().all();
		List<WarriorProfile> warriors = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			int age = (int) Math.round(30 + ageShift + 9 * random.nextGaussian());
			warriors.add(new WarriorProfile(prefix + " " + i, Math.clamp(age, 13, 100),
					heroes.get(random.nextInt(heroes.size()))));
		}
		return warriors;
	}

	/**
	 * Commits run {@code runId}: {@code submissions} as its new submissions, the users
	 * snapshot of every warrior submitted so far ({@code users}), and {@code duels}
	 * (name1, name2, winner identity keys) as recorded duel results.
	 */
	public EtlManifest commit(String runId, List<WarriorProfile> submissions, List<WarriorProfile> users,
			List<String[]> duels) {
		ManifestStore store = new ManifestStore(this.s3, this.bucket);
		Optional<ManifestStore.Versioned> latest = store.latest();
		Map<String, List<String>> files = new HashMap<>();
		for (Dataset dataset : Dataset.values()) {
			files.put(dataset.path(),
					new ArrayList<>(latest.map((v) -> v.manifest().curatedFiles(dataset)).orElse(List.of())));
		}
		Instant now = Instant.parse("2026-12-01T19:00:00Z");
		if (!submissions.isEmpty()) {
			String key = LakeLayout.curatedKey(Dataset.SUBMISSIONS, DAY, runId, 0);
			write(key, CuratedSchemas.SUBMISSION, submissions.stream().map((w) -> {
				GenericRecord row = new GenericData.Record(CuratedSchemas.SUBMISSION);
				row.put("id", UUID.randomUUID().toString());
				row.put("received_at", now.toEpochMilli());
				row.put("name", w.name());
				row.put("identity_key", w.identityKey());
				row.put("age", w.age());
				row.put("hero", w.hero().name());
				row.put("source_key", "raw/test");
				return row;
			}).toList());
			files.get(Dataset.SUBMISSIONS.path()).add(key);
		}
		if (!duels.isEmpty()) {
			String key = LakeLayout.curatedKey(Dataset.DUEL_RESULTS, DAY, runId, 0);
			write(key, CuratedSchemas.DUEL_RESULT, duels.stream().map((d) -> {
				GenericRecord row = new GenericData.Record(CuratedSchemas.DUEL_RESULT);
				row.put("id", UUID.randomUUID().toString());
				row.put("received_at", now.toEpochMilli());
				row.put("name1", d[0]);
				row.put("name2", d[1]);
				row.put("winner", d[2]);
				row.put("key1", d[0]);
				row.put("key2", d[1]);
				row.put("winner_key", d[2]);
				row.put("source_key", "raw/test");
				return row;
			}).toList());
			files.get(Dataset.DUEL_RESULTS.path()).add(key);
		}
		String usersKey = LakeLayout.usersKey(runId, 0);
		write(usersKey, CuratedSchemas.USER, users.stream().map((w) -> {
			GenericRecord row = new GenericData.Record(CuratedSchemas.USER);
			row.put("identity_key", w.identityKey());
			row.put("name", w.name());
			row.put("age", w.age());
			row.put("hero", w.hero().name());
			row.put("submissions", 1);
			row.put("first_seen", now.toEpochMilli());
			row.put("last_seen", now.toEpochMilli());
			row.put("rating", null);
			return row;
		}).toList());
		EtlManifest manifest = new EtlManifest(runId, now, List.of(usersKey), files,
				new EtlManifest.Totals(submissions.size(), duels.size(), users.size()),
				latest.map((v) -> v.manifest().modelVersion()).orElse(null), null);
		try {
			store.commit(manifest, latest.map(ManifestStore.Versioned::etag).orElse(null));
		}
		catch (ManifestConflictException ex) {
			// an SDK retry of a commit whose first attempt landed (see docs/training.md)
			if (!store.latest().map((current) -> current.manifest().equals(manifest)).orElse(false)) {
				throw ex;
			}
		}
		return manifest;
	}

	private void write(String key, Schema schema, List<GenericRecord> rows) {
		try {
			Path file = Files.createTempFile(this.directory, "fixture-", ".parquet");
			try (ParquetWriter<GenericRecord> writer = AvroParquetWriter
				.<GenericRecord>builder(new LocalOutputFile(file))
				.withConf(new PlainParquetConfiguration())
				.withSchema(schema)
				.withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
				.build()) {
				for (GenericRecord row : rows) {
					writer.write(row);
				}
			}
			this.s3.putObject((request) -> request.bucket(this.bucket).key(key), RequestBody.fromFile(file));
			Files.delete(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

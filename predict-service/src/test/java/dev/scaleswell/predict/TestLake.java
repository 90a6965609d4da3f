package dev.scaleswell.predict;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import dev.scaleswell.model.hero.Hero;
import dev.scaleswell.model.hero.HeroCatalog;
import dev.scaleswell.model.lake.EtlManifest;
import dev.scaleswell.model.lake.LakeLayout;
import dev.scaleswell.model.s3.S3Clients;
import dev.scaleswell.model.s3.S3Properties;
import dev.scaleswell.model.warrior.WarriorProfile;
import dev.scaleswell.testsupport.EmbeddedS3;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Writes what the ETL commits, as the contract describes it: a users snapshot in Parquet
 * (written by parquet-avro, not by the reader under test) and {@code latest.json}.
 */
public final class TestLake {

	/** The {@code User} record of the curated users snapshot. */
	public static final Schema USER = SchemaBuilder.record("User")
		.fields()
		.requiredString("identity_key")
		.requiredString("name")
		.requiredInt("age")
		.requiredString("hero")
		.requiredInt("submissions")
		.name("first_seen")
		.type(LogicalTypes.timestampMillis().addToSchema(Schema.create(Schema.Type.LONG)))
		.noDefault()
		.name("last_seen")
		.type(LogicalTypes.timestampMillis().addToSchema(Schema.create(Schema.Type.LONG)))
		.noDefault()
		.optionalDouble("rating")
		.endRecord();

	private TestLake() {
	}

	/**
	 * {@code count} users named {@code "Warrior <i>"} with seeded random heroes and ages.
	 */
	public static List<WarriorProfile> users(int count, long seed) {
		Random random = new Random(seed);
		List<Hero> heroes = HeroCatalog.standard().all();
		List<WarriorProfile> users = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			users.add(new WarriorProfile("Warrior " + i, 13 + random.nextInt(88),
					heroes.get(random.nextInt(heroes.size()))));
		}
		return users;
	}

	public static S3Client client(EmbeddedS3 s3) {
		return S3Clients.create(properties(s3));
	}

	public static S3Properties properties(EmbeddedS3 s3) {
		return new S3Properties(s3.endpoint(), "us-east-1", s3.bucket(), true, EmbeddedS3.ACCESS_KEY,
				EmbeddedS3.SECRET_KEY, Duration.ofSeconds(10));
	}

	/** Commits {@code users} as the snapshot of ETL run {@code runId}. */
	public static void commitUsers(S3Client s3, String bucket, String runId, List<WarriorProfile> users) {
		String key = LakeLayout.usersKey(runId, 0);
		s3.putObject((r) -> r.bucket(bucket).key(key), RequestBody.fromBytes(parquet(users)));
		commitManifest(s3, bucket, runId, List.of(key));
	}

	public static void commitManifest(S3Client s3, String bucket, String runId, List<String> usersFiles) {
		EtlManifest manifest = new EtlManifest(runId, Instant.now(), usersFiles, Map.of(), EtlManifest.Totals.NONE,
				null, null);
		s3.putObject((r) -> r.bucket(bucket).key(LakeLayout.latestManifestKey()),
				RequestBody.fromBytes(manifest.toJson()));
	}

	public static byte[] parquet(List<WarriorProfile> users) {
		try {
			Path dir = Files.createTempDirectory("users");
			Path file = dir.resolve("part-0.parquet");
			long now = Instant.now().toEpochMilli();
			try (ParquetWriter<GenericRecord> writer = AvroParquetWriter
				.<GenericRecord>builder(new LocalOutputFile(file))
				.withSchema(USER)
				.withConf(new PlainParquetConfiguration())
				.withCompressionCodec(CompressionCodecName.ZSTD)
				.build()) {
				for (WarriorProfile user : users) {
					GenericRecord row = new GenericData.Record(USER);
					row.put("identity_key", user.identityKey());
					row.put("name", user.name());
					row.put("age", user.age());
					row.put("hero", user.hero().name());
					row.put("submissions", 1);
					row.put("first_seen", now);
					row.put("last_seen", now);
					row.put("rating", null);
					writer.write(row);
				}
			}
			byte[] bytes = Files.readAllBytes(file);
			Files.delete(file);
			Files.delete(dir);
			return bytes;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

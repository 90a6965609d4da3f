package dev.scaleswell.predict;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import dev.scaleswell.lake.schema.CuratedColumns;
import dev.scaleswell.lake.schema.CuratedSchemas;
import dev.scaleswell.model.hero.Hero;
import dev.scaleswell.model.hero.HeroCatalog;
import dev.scaleswell.model.lake.EtlManifest;
import dev.scaleswell.model.lake.LakeLayout;
import dev.scaleswell.model.s3.S3Clients;
import dev.scaleswell.model.s3.S3Properties;
import dev.scaleswell.model.warrior.WarriorProfile;
import dev.scaleswell.testsupport.EmbeddedS3;
import dev.scaleswell.testsupport.lake.CuratedParquet;
import org.apache.avro.generic.GenericRecord;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Writes what the ETL commits, through the lake fixture builder: a users snapshot in
 * Parquet (written by parquet-avro, not by the reader under test) and
 * {@code latest.json}.
 */
public final class TestLake {

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
		new CuratedParquet(s3, bucket).write(key, CuratedSchemas.USER, users.stream().map((user) -> {
			GenericRecord row = CuratedParquet.user(user.name(), user.age(), user.hero().name(), 1, null);
			row.put(CuratedColumns.IDENTITY_KEY, user.identityKey());
			return row;
		}).toList());
		commitManifest(s3, bucket, runId, List.of(key));
	}

	public static void commitManifest(S3Client s3, String bucket, String runId, List<String> usersFiles) {
		new CuratedParquet(s3, bucket)
			.commit(new EtlManifest(runId, Instant.now(), usersFiles, Map.of(), EtlManifest.Totals.NONE, null, null));
	}

}

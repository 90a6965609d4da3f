package dev.scaleswell.analytics.lake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import dev.scaleswell.lake.schema.CuratedSchemas;
import dev.scaleswell.testsupport.lake.CuratedParquet;
import dev.scaleswell.model.hero.HeroCatalog;
import dev.scaleswell.model.lake.LakeLayout;
import dev.scaleswell.model.record.Dataset;
import dev.scaleswell.testsupport.EmbeddedS3;
import dev.scaleswell.testsupport.lake.TestLake;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.s3.S3Client;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads real Parquet through S3 ranged GETs: a duel file of several megabytes (many
 * blocks), footers and the projection analytics asks for (the conditional read of
 * {@code latest.json} is curated-lake's ManifestStoreTests).
 */
class CuratedLakeTests {

	@RegisterExtension
	static final EmbeddedS3 s3 = new EmbeddedS3();

	static S3Client client;

	@BeforeAll
	static void connect() {
		client = TestLake.client(s3);
	}

	@AfterAll
	static void close() {
		client.close();
	}

	@Test
	void forEachDuelShouldStreamEveryRowOfAMultiMegabyteFileInOrder() {
		String key = LakeLayout.curatedKey(Dataset.DUEL_RESULTS, LocalDate.of(2026, 12, 1), "run-large", 0);
		List<GenericRecord> duels = IntStream.range(0, 100_000)
			.mapToObj((i) -> CuratedParquet.duel("Warrior " + i, "Rival " + (i % 7), "Rival " + (i % 7), i))
			.toList();
		CuratedParquet fixtures = new CuratedParquet(client, s3.bucket());
		fixtures.write(key, CuratedSchemas.DUEL_RESULT, duels);
		long size = client.headObject((request) -> request.bucket(s3.bucket()).key(key)).contentLength();
		assertThat(size).as("spans several ranged reads").isGreaterThan(1024 * 1024);

		CuratedLake lake = new CuratedLake(client, s3.bucket(), HeroCatalog.standard());
		List<CuratedLake.DuelRow> rows = new ArrayList<>();
		lake.forEachDuel(key, rows::add);
		assertThat(rows).hasSize(100_000);
		assertThat(rows.get(12_345)).isEqualTo(
				new CuratedLake.DuelRow(12_345, "Warrior 12345", "warrior 12345", "Rival 4", "rival 4", "rival 4"));
		assertThat(rows.getLast().receivedAt()).isEqualTo(99_999);
		assertThat(lake.rowCount(key)).isEqualTo(100_000);
	}

	@Test
	void forEachUserShouldReadRatingsAndTheirAbsence() {
		String key = LakeLayout.usersKey("run-users", 0);
		new CuratedParquet(client, s3.bucket()).write(key, CuratedSchemas.USER, HandComputedLake.USERS);
		List<CuratedLake.UserRow> users = new ArrayList<>();
		new CuratedLake(client, s3.bucket(), HeroCatalog.standard()).forEachUser(key, users::add);
		assertThat(users).containsExactly(new CuratedLake.UserRow("alice", "Alice", 25, "Thor", 0.70),
				new CuratedLake.UserRow("bob", "bob", 34, "Thor", 0.80),
				new CuratedLake.UserRow("carol", "Carol", 19, "Hulk", 0.80),
				new CuratedLake.UserRow("dave", "Dave", 100, "Hulk", null),
				new CuratedLake.UserRow("eve", "Eve", 13, "Batman", 0.50));
	}

}

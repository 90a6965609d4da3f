package dev.scaleswell.analytics.lake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import dev.scaleswell.lake.aggregate.Aggregates;
import dev.scaleswell.lake.aggregate.AnalyticsView.LeaderboardEntry;
import dev.scaleswell.lake.aggregate.AnalyticsView.StrongestPlayer;
import dev.scaleswell.lake.schema.CuratedSchemas;
import dev.scaleswell.model.hero.HeroCatalog;
import dev.scaleswell.model.lake.EtlManifest;
import dev.scaleswell.model.lake.LakeLayout;
import dev.scaleswell.model.record.Dataset;
import dev.scaleswell.testsupport.EmbeddedS3;
import dev.scaleswell.testsupport.lake.CuratedParquet;
import dev.scaleswell.testsupport.lake.TestLake;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.s3.S3Client;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The aggregates of a committed state over real Parquet through S3 ranged GETs: scanned
 * when the manifest names none (a duel file of several megabytes, many blocks; ratings
 * and their absence), and the same figures when the ETL's writer published them (the
 * conditional read of {@code latest.json} is curated-lake's ManifestStoreTests).
 */
class CuratedLakeTests {

	private static final Instant COMMITTED = Instant.parse("2026-12-01T19:00:04Z");

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
	void aggregatesWithoutPublishedOnesShouldScanEveryRowOfAMultiMegabyteFile() {
		String key = LakeLayout.curatedKey(Dataset.DUEL_RESULTS, LocalDate.of(2026, 12, 1), "run-large", 0);
		List<GenericRecord> duels = IntStream.range(0, 100_000)
			.mapToObj((i) -> CuratedParquet.duel("Warrior " + i, "Rival " + (i % 7), "Rival " + (i % 7), i))
			.toList();
		new CuratedParquet(client, s3.bucket()).write(key, CuratedSchemas.DUEL_RESULT, duels);
		long size = client.headObject((request) -> request.bucket(s3.bucket()).key(key)).contentLength();
		assertThat(size).as("spans several ranged reads").isGreaterThan(1024 * 1024);

		Aggregates aggregates = lake().aggregates(CuratedParquet.state("run-large", COMMITTED, List.of(), List.of(),
				List.of(key), new EtlManifest.Totals(0, 100_000, 0), null, null));

		assertThat(aggregates.analytics().duels().recorded()).isEqualTo(100_000);
		// 100,000 = 7 * 14,285 + 5: rivals 0 to 4 win once more
		assertThat(aggregates.leaderboard().subList(0, 2)).containsExactly(
				new LeaderboardEntry("Rival 0", 14_286, 0, 1.0), new LeaderboardEntry("Rival 1", 14_286, 0, 1.0));
		assertThat(aggregates.leaderboard().get(6)).isEqualTo(new LeaderboardEntry("Rival 6", 14_285, 0, 1.0));
		assertThat(aggregates.leaderboard().get(7)).isEqualTo(new LeaderboardEntry("Warrior 0", 0, 1, 0.0));
	}

	@Test
	void aggregatesShouldBeTheSameScannedOrPublishedByTheEtlsWriter() {
		CuratedParquet fixtures = new CuratedParquet(client, s3.bucket());
		String users = LakeLayout.usersKey("run-users", 0);
		String duels = LakeLayout.curatedKey(Dataset.DUEL_RESULTS, LocalDate.of(2026, 12, 1), "run-users", 0);
		fixtures.write(users, CuratedSchemas.USER, HandComputedLake.USERS);
		fixtures.write(duels, CuratedSchemas.DUEL_RESULT, HandComputedLake.DUELS_LATE);
		EtlManifest state = CuratedParquet.state("run-users", COMMITTED, List.of(users), List.of(), List.of(duels),
				new EtlManifest.Totals(0, 5, 5), "v1", null);

		Aggregates scanned = lake().aggregates(state);
		Aggregates published = lake().aggregates(fixtures.publishAggregates(state));

		// ratings tie at 0.80 (bob first by identity key); Dave is unrated
		assertThat(scanned.analytics().strongestPlayer()).isEqualTo(new StrongestPlayer("bob", "Thor", 34, 0.80));
		assertThat(scanned.analytics().heroes().getFirst().avgRating()).isEqualTo(0.80);
		assertThat(published).isEqualTo(scanned);
	}

	private static CuratedLake lake() {
		return new CuratedLake(client, s3.bucket(), HeroCatalog.standard());
	}

}

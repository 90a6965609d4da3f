package dev.scaleswell.etl.curate;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

import dev.scaleswell.lake.commit.EtlLock;
import dev.scaleswell.lake.commit.Fence;
import dev.scaleswell.lake.commit.LeaseLostException;
import dev.scaleswell.lake.commit.RunManifest.Counts;
import dev.scaleswell.model.hero.Hero;
import dev.scaleswell.model.hero.HeroCatalog;
import dev.scaleswell.lake.aggregate.PublishedAggregates;
import dev.scaleswell.model.lake.EtlManifest;
import dev.scaleswell.model.lake.LakeLayout;
import dev.scaleswell.model.record.Dataset;
import dev.scaleswell.model.record.DuelOutcome;
import dev.scaleswell.model.record.DuelResult;
import dev.scaleswell.model.record.RecordIds;
import dev.scaleswell.model.record.Submission;
import dev.scaleswell.model.warrior.WarriorProfile;
import dev.scaleswell.testsupport.EmbeddedS3;
import dev.scaleswell.testsupport.lake.ParquetQueries;
import dev.scaleswell.testsupport.lake.BadLines;
import dev.scaleswell.testsupport.lake.RawObjects;
import dev.scaleswell.testsupport.lake.TestLake;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class CurateStepTests {

	@RegisterExtension
	static EmbeddedS3 server = new EmbeddedS3();

	static final Instant NOW = Instant.parse("2026-12-01T19:00:00Z");

	static final List<Hero> HEROES = HeroCatalog.standard().all();

	/** These tests run the step without an ETL lease, as if it could never be lost. */
	static final Fence NO_LEASE = () -> {
	};

	@TempDir
	Path directory;

	TestLake lake;

	RawObjects raw;

	ParquetQueries parquet;

	int runs;

	@BeforeEach
	void createLake() {
		this.lake = TestLake.create(server);
		this.raw = new RawObjects(this.lake.s3(), this.lake.bucket());
		this.parquet = new ParquetQueries(this.lake.s3(), this.lake.bucket(), this.directory);
	}

	@AfterEach
	void closeLake() {
		this.lake.close();
	}

	@Test
	void shouldCurateEveryValidRecordExactlyAsSubmitted() {
		List<Submission> submissions = submissions(250, NOW.minusSeconds(3600));
		String key1 = this.raw.put(Dataset.SUBMISSIONS, NOW.minusSeconds(1800), 1, submissions.subList(0, 100));
		String key2 = this.raw.put(Dataset.SUBMISSIONS, NOW.minusSeconds(1700), 2, submissions.subList(100, 250));
		List<DuelResult> duels = List.of(
				duel("Ada Lovelace", "Thor", "thor", NOW.minusSeconds(60), NOW.minusSeconds(50)),
				duel("Grace  Hopper", "Ada Lovelace", "GRACE HOPPER", null, NOW.minusSeconds(40)));
		String duelKey = this.raw.put(Dataset.DUEL_RESULTS, NOW.minusSeconds(30), 3, duels);

		CurateResult result = curate();

		assertThat(result.committed()).isTrue();
		assertThat(result.counts().get(Dataset.SUBMISSIONS)).isEqualTo(new Counts(2, 0, 250, 250, 0, 0, 250));
		EtlManifest manifest = this.lake.latest();
		assertThat(manifest.runId()).isEqualTo(result.runId());
		assertThat(manifest.totals()).isEqualTo(new EtlManifest.Totals(250, 2, 250));
		// published with the commit: analytics never scans the users for this state
		assertThat(manifest.aggregates()).isEqualTo(PublishedAggregates.key(result.runId()));
		assertThat(new PublishedAggregates(this.lake.s3(), this.lake.bucket(), HeroCatalog.standard())
			.read(manifest.aggregates())
			.analytics()
			.totalUsers()).isEqualTo(250);
		assertThat(manifest.curatedFiles(Dataset.SUBMISSIONS)).hasSize(1)
			.allSatisfy((key) -> assertThat(LakeLayout.parseCuratedKey(key)).isPresent());
		List<Map<String, Object>> rows = this.parquet.query(manifest.curatedFiles(Dataset.SUBMISSIONS),
				"SELECT id, epoch_ms(received_at) AS received, name, identity_key, age, hero, source_key FROM t ORDER BY received, id");
		assertThat(rows).hasSize(250);
		for (int i = 0; i < submissions.size(); i++) {
			Submission expected = submissions.get(i);
			Map<String, Object> row = rows.get(i);
			assertThat(row.get("id").toString()).isEqualTo(expected.id().toString());
			assertThat(((Number) row.get("received")).longValue()).isEqualTo(expected.receivedAt().toEpochMilli());
			assertThat(row.get("name")).isEqualTo(expected.warrior().name());
			assertThat(row.get("identity_key")).isEqualTo(expected.warrior().identityKey());
			assertThat(row.get("age")).isEqualTo(expected.warrior().age());
			assertThat(row.get("hero")).isEqualTo(expected.warrior().hero().name());
			assertThat(row.get("source_key")).isEqualTo((i < 100) ? key1 : key2);
		}
		List<Map<String, Object>> duelRows = this.parquet.query(manifest.curatedFiles(Dataset.DUEL_RESULTS),
				"SELECT name1, name2, winner, key1, key2, winner_key, epoch_ms(occurred_at) AS occurred, source_key "
						+ "FROM t ORDER BY received_at");
		assertThat(duelRows).hasSize(2);
		assertThat(duelRows.get(0)).containsEntry("winner", "Thor")
			.containsEntry("key1", "ada lovelace")
			.containsEntry("winner_key", "thor")
			.containsEntry("occurred", NOW.minusSeconds(60).toEpochMilli())
			.containsEntry("source_key", duelKey);
		assertThat(duelRows.get(1)).containsEntry("name1", "Grace Hopper")
			.containsEntry("winner", "Grace Hopper")
			.containsEntry("occurred", null);
	}

	@Test
	void parquetShouldBeZstdCompressedWithTheDocumentedSchema() {
		this.raw.put(Dataset.SUBMISSIONS, NOW, 1, submissions(10, NOW.minusSeconds(10)));
		curate();
		List<String> files = this.lake.latest().curatedFiles(Dataset.SUBMISSIONS);
		assertThat(this.parquet.compressionCodecs(files.get(0))).containsExactly("ZSTD");
		List<Map<String, Object>> columns = this.parquet.query(files, "DESCRIBE t");
		assertThat(columns).extracting((row) -> row.get("column_name") + " " + row.get("column_type"))
			.containsExactly("id VARCHAR", "received_at TIMESTAMP WITH TIME ZONE", "name VARCHAR",
					"identity_key VARCHAR", "age INTEGER", "hero VARCHAR", "source_key VARCHAR");
	}

	@Test
	void aRepeatedRunWithNoNewRawDataShouldWriteNothing() {
		this.raw.put(Dataset.SUBMISSIONS, NOW, 1, submissions(20, NOW.minusSeconds(10)));
		CurateResult first = curate();
		List<String> before = this.lake.keys("");
		CurateResult second = curate();
		assertThat(second.committed()).isFalse();
		assertThat(second.manifest()).isEqualTo(first.manifest());
		assertThat(this.lake.keys("")).isEqualTo(before);
	}

	@Test
	void aLateObjectShouldBeCuratedOnceEvenIfALaterKeyWasProcessedFirst() {
		List<Submission> early = submissions(5, NOW.minusSeconds(600));
		List<Submission> late = submissions(7, NOW.minusSeconds(590));
		this.raw.put(Dataset.SUBMISSIONS, NOW.minusSeconds(100), 2, early);
		curate();
		// an upload that started before the processed one and finished after the run
		this.raw.put(Dataset.SUBMISSIONS, NOW.minusSeconds(200), 1, late);
		CurateResult second = curate();
		assertThat(second.counts().get(Dataset.SUBMISSIONS).written()).isEqualTo(7);
		assertThat(curate().committed()).isFalse();
		assertThat(curatedIds(Dataset.SUBMISSIONS)).hasSize(12).doesNotHaveDuplicates();
		assertThat(this.lake.latest().totals().submissions()).isEqualTo(12);
	}

	@Test
	void duplicateIdsWithinAndAcrossRunsShouldBeCuratedOnce() {
		List<Submission> batch = submissions(10, NOW.minusSeconds(600));
		List<Submission> withRepeats = new ArrayList<>(batch);
		withRepeats.add(batch.get(0));
		this.raw.put(Dataset.SUBMISSIONS, NOW.minusSeconds(500), 1, withRepeats);
		this.raw.put(Dataset.SUBMISSIONS, NOW.minusSeconds(400), 2, batch.subList(5, 10));
		CurateResult first = curate();
		assertThat(first.counts().get(Dataset.SUBMISSIONS)).isEqualTo(new Counts(2, 0, 16, 16, 0, 6, 10));
		// a retry of an idempotent request, received again after midnight, and a new one
		Submission retried = new Submission(batch.get(3).id(), NOW.plus(Duration.ofHours(6)), batch.get(3).warrior());
		List<Submission> fresh = submissions(1, NOW.plus(Duration.ofHours(6)));
		this.raw.put(Dataset.SUBMISSIONS, NOW.plus(Duration.ofHours(6)), 3, List.of(retried, fresh.get(0)));
		CurateResult second = curate();
		assertThat(second.counts().get(Dataset.SUBMISSIONS).duplicate()).isEqualTo(1);
		assertThat(second.counts().get(Dataset.SUBMISSIONS).written()).isEqualTo(1);
		assertThat(curatedIds(Dataset.SUBMISSIONS)).hasSize(11).doesNotHaveDuplicates();
	}

	@ParameterizedTest
	@EnumSource(CommitStage.class)
	void aRunKilledAfterAnyStageAndRerunShouldCurateEveryRecordOnce(CommitStage failAfter) {
		List<Submission> submissions = submissions(40, NOW.minusSeconds(600));
		this.raw.put(Dataset.SUBMISSIONS, NOW.minusSeconds(500), 1, submissions.subList(0, 20));
		this.raw.put(Dataset.SUBMISSIONS, NOW.minusSeconds(400), 2, submissions.subList(20, 40));
		this.raw.put(Dataset.DUEL_RESULTS, NOW.minusSeconds(400), 3,
				List.of(duel("Ada", "Thor", "Ada", null, NOW.minusSeconds(400))));
		assertThatIllegalStateException().isThrownBy(() -> step().onCheckpoint((stage) -> {
			if (stage == failAfter) {
				throw new IllegalStateException("killed after " + stage);
			}
		}).run(runId(), NO_LEASE));
		// and one more object arrives before the re-run
		this.raw.put(Dataset.SUBMISSIONS, NOW.minusSeconds(300), 4, submissions(3, NOW.minusSeconds(300)));

		CurateResult rerun = curate();

		assertThat(rerun.committed()).isTrue();
		assertThat(curatedIds(Dataset.SUBMISSIONS)).hasSize(43).doesNotHaveDuplicates();
		assertThat(curatedIds(Dataset.DUEL_RESULTS)).hasSize(1);
		assertThat(this.lake.latest().totals()).isEqualTo(new EtlManifest.Totals(43, 1, 43));
		List<Map<String, Object>> users = this.parquet.query(this.lake.latest().usersFiles(),
				"SELECT count(*) AS n, CAST(sum(submissions) AS BIGINT) AS s FROM t");
		assertThat(users.get(0)).containsEntry("n", 43L).containsEntry("s", 43L);
	}

	@Test
	void aRunWhoseLeaseWasTakenOverShouldNotCommitAndTheNewHolderShouldCurateEveryRecordOnce() {
		this.raw.put(Dataset.SUBMISSIONS, NOW.minusSeconds(500), 1, submissions(30, NOW.minusSeconds(600)));
		Duration lease = Duration.ofMinutes(1);
		EtlLock stalled = EtlLock.acquire(this.lake.s3(), this.lake.bucket(), runId(), lease,
				Clock.fixed(NOW, ZoneOffset.UTC));
		AtomicReference<EtlLock> next = new AtomicReference<>();
		// the run stalls past its lease once its data is written, and another run takes
		// over
		CurateStep step = step().onCheckpoint((stage) -> {
			if (stage == CommitStage.DATA_WRITTEN) {
				next.set(EtlLock.acquire(this.lake.s3(), this.lake.bucket(), runId(), lease,
						Clock.fixed(NOW.plus(lease).plusSeconds(1), ZoneOffset.UTC)));
			}
		});

		assertThatExceptionOfType(LeaseLostException.class).isThrownBy(() -> step.run(stalled.owner(), stalled))
			.withMessageContaining("taken over by run " + next.get().owner());

		assertThat(this.lake.keys(LakeLayout.latestManifestKey())).isEmpty();
		stalled.close();
		try (EtlLock lock = next.get()) {
			assertThat(step().run(lock.owner(), lock).committed()).isTrue();
		}
		assertThat(curatedIds(Dataset.SUBMISSIONS)).hasSize(30).doesNotHaveDuplicates();
		assertThat(this.lake.keys(LakeLayout.etlLockKey())).isEmpty();
	}

	@Test
	void everyKindOfBadLineShouldBeQuarantinedWithoutStoppingTheRun() {
		Submission good = submissions(1, NOW.minusSeconds(60)).get(0);
		String valid = RawObjects.CODEC.encodeLine(good);
		UUID id = UUID.randomUUID();
		Instant receivedAt = Instant.parse("2026-12-01T18:00:00Z");
		List<String> lines = new ArrayList<>(List.of(valid));
		lines.addAll(BadLines.submissions(id, receivedAt));
		String mixed = this.raw.putLines(Dataset.SUBMISSIONS, NOW.minusSeconds(50), 1, lines);
		String corrupt = this.raw.put(LakeLayout.rawKey(Dataset.SUBMISSIONS, NOW.minusSeconds(40), "test", 2),
				"not gzip at all".getBytes());
		byte[] whole = RawObjects.CODEC.encode(submissions(50, NOW.minusSeconds(30)));
		String truncated = this.raw.put(LakeLayout.rawKey(Dataset.SUBMISSIONS, NOW.minusSeconds(30), "test", 3),
				java.util.Arrays.copyOf(whole, whole.length / 2));
		this.raw.putLines(Dataset.DUEL_RESULTS, NOW.minusSeconds(20), 4, BadLines.duelResults(id, receivedAt));

		CurateResult result = curate();

		assertThat(result.counts().get(Dataset.SUBMISSIONS)).isEqualTo(new Counts(3, 2, 12, 1, 11, 0, 1));
		assertThat(result.counts().get(Dataset.DUEL_RESULTS)).isEqualTo(new Counts(1, 0, 3, 0, 3, 0, 0));
		assertThat(curatedIds(Dataset.SUBMISSIONS)).containsExactly(good.id().toString());
		List<String> quarantine = this.lake.keys("quarantine/submissions/run=" + result.runId() + "/");
		assertThat(quarantine).containsExactly(LakeLayout.quarantineKey(Dataset.SUBMISSIONS, result.runId(), 0));
		List<Map<String, Object>> entries = this.parquet.queryQuarantine(quarantine.get(0),
				"SELECT sourceKey, lineNumber, reason, line FROM t ORDER BY sourceKey, lineNumber");
		assertThat(entries).hasSize(13);
		assertThat(entries.subList(0, 11)).allSatisfy((entry) -> assertThat(entry.get("sourceKey")).isEqualTo(mixed));
		assertThat(entries.get(0)).containsEntry("lineNumber", 2L).containsEntry("line", "{not json");
		assertThat(entries.get(0).get("reason").toString()).startsWith("malformed JSON");
		assertThat(entries.get(2).get("reason").toString()).contains("id must be a UUID");
		assertThat(entries.get(4).get("reason").toString()).contains("age must be between 13 and 100");
		assertThat(entries.get(5).get("reason").toString()).contains("age must be an integer");
		assertThat(entries.get(6).get("reason").toString()).contains("hero must be one of");
		assertThat(entries.get(7).get("reason").toString()).contains("reserved for a hero");
		assertThat(entries.get(10).get("reason").toString()).contains("at most 64");
		assertThat(entries.get(11)).containsEntry("sourceKey", corrupt).containsEntry("lineNumber", 0L);
		assertThat(entries.get(12)).containsEntry("sourceKey", truncated).containsEntry("line", null);
		assertThat(this.lake.keys("quarantine/duel-results/")).hasSize(1);
		// quarantined objects are processed: a re-run does not see them again
		assertThat(curate().committed()).isFalse();
	}

	@Test
	void usersSnapshotShouldHoldTheLatestProfilePerIdentityAcrossRuns() {
		Hero thor = HeroCatalog.standard().find("Thor").orElseThrow();
		Hero hulk = HeroCatalog.standard().find("Hulk").orElseThrow();
		Instant t0 = NOW.minusSeconds(3000);
		this.raw.put(Dataset.SUBMISSIONS, t0, 1,
				List.of(submission("Ada  Lovelace", 30, thor, t0), submission("Bob", 40, hulk, t0.plusSeconds(1))));
		curate();
		this.raw.put(Dataset.SUBMISSIONS, t0.plusSeconds(100), 2,
				List.of(submission("ada lovelace", 31, hulk, t0.plusSeconds(100))));
		curate();
		List<Map<String, Object>> users = this.parquet.query(this.lake.latest().usersFiles(),
				"SELECT identity_key, name, age, hero, submissions, epoch_ms(first_seen) AS f, epoch_ms(last_seen) AS l, "
						+ "rating FROM t ORDER BY identity_key");
		assertThat(users).hasSize(2);
		assertThat(users.get(0)).containsEntry("identity_key", "ada lovelace")
			.containsEntry("name", "ada lovelace")
			.containsEntry("age", 31)
			.containsEntry("hero", "Hulk")
			.containsEntry("submissions", 2)
			.containsEntry("f", t0.toEpochMilli())
			.containsEntry("l", t0.plusSeconds(100).toEpochMilli())
			.containsEntry("rating", null);
		assertThat(users.get(1)).containsEntry("identity_key", "bob").containsEntry("submissions", 1);
		assertThat(this.lake.latest().totals().users()).isEqualTo(2);
	}

	@Test
	void aDayListedAfterTheLateToleranceShouldBeSealedAndNotListedAgain() {
		Instant yesterday = NOW.minus(Duration.ofDays(1));
		this.raw.put(Dataset.SUBMISSIONS, yesterday, 1, submissions(3, yesterday));
		curate();
		// past the tolerance: an object that lands now for yesterday is not looked for
		this.raw.put(Dataset.SUBMISSIONS, yesterday.plusSeconds(1), 2, submissions(2, yesterday));
		assertThat(curate().committed()).isFalse();
		this.raw.put(Dataset.SUBMISSIONS, NOW, 3, submissions(2, NOW));
		assertThat(curate().counts().get(Dataset.SUBMISSIONS).rawObjects()).isEqualTo(1);
	}

	private CurateResult curate() {
		return step().run(runId(), NO_LEASE);
	}

	private CurateStep step() {
		return new CurateStep(this.lake.s3(), this.lake.bucket(), new CurateOptions(Duration.ofHours(2), 8L << 20, 4),
				Clock.fixed(NOW, ZoneOffset.UTC));
	}

	/** The ids of the curated rows of {@code dataset} that latest.json points to. */
	private List<String> curatedIds(Dataset dataset) {
		return this.parquet.ids(this.lake.latest().curatedFiles(dataset));
	}

	private String runId() {
		return "20261201T190000Z-run" + (++this.runs);
	}

	static List<Submission> submissions(int count, Instant from) {
		return IntStream.range(0, count)
			.mapToObj((i) -> submission("Warrior " + UUID.randomUUID().toString().substring(0, 8) + " " + i,
					13 + i % 80, HEROES.get(i % HEROES.size()), from.plusMillis(i)))
			.toList();
	}

	static Submission submission(String name, int age, Hero hero, Instant at) {
		return new Submission(RecordIds.newId(), at, new WarriorProfile(name, age, hero));
	}

	static DuelResult duel(String name1, String name2, String winner, Instant occurredAt, Instant receivedAt) {
		WarriorProfile a = new WarriorProfile(name1, 30, HEROES.get(0));
		WarriorProfile b = new WarriorProfile(name2, 30, HEROES.get(0));
		String normalisedWinner = a.identityKey().equals(new WarriorProfile(winner, 30, HEROES.get(0)).identityKey())
				? a.name() : b.name();
		return new DuelResult(RecordIds.newId(), receivedAt,
				new DuelOutcome(a.name(), b.name(), normalisedWinner, occurredAt));
	}

}

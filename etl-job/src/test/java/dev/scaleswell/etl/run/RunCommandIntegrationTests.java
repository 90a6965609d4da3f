package dev.scaleswell.etl.run;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import dev.scaleswell.etl.EtlJob;
import dev.scaleswell.etl.curate.CurateOptions;
import dev.scaleswell.etl.curate.CurateStep;
import dev.scaleswell.etl.drift.DriftAnalysis;
import dev.scaleswell.etl.evaluate.EvaluationPolicy;
import dev.scaleswell.etl.drift.DriftReport;
import dev.scaleswell.etl.drift.DriftStore;
import dev.scaleswell.lake.aggregate.Aggregates;
import dev.scaleswell.lake.aggregate.LakeAggregation;
import dev.scaleswell.lake.commit.LockHeldException;
import dev.scaleswell.lake.aggregate.PublishedAggregates;
import dev.scaleswell.lake.commit.Fence;
import dev.scaleswell.lake.commit.LeaseLostException;
import dev.scaleswell.lake.commit.ManifestStore;
import dev.scaleswell.lake.commit.RunIds;
import dev.scaleswell.lake.parquet.CuratedFiles;
import dev.scaleswell.etl.report.RunRecorder;
import dev.scaleswell.etl.report.RunReport;
import dev.scaleswell.etl.report.RunReportFile;
import dev.scaleswell.etl.report.StepTiming;
import dev.scaleswell.etl.train.TestTrainSettings;
import dev.scaleswell.etl.train.UserRatings;
import dev.scaleswell.model.duel.DuelModel;
import dev.scaleswell.model.hero.HeroCatalog;
import dev.scaleswell.model.lake.EtlManifest;
import dev.scaleswell.model.lake.ModelAlias;
import dev.scaleswell.model.record.Dataset;
import dev.scaleswell.model.record.DuelOutcome;
import dev.scaleswell.model.registry.ModelRegistry;
import dev.scaleswell.model.record.RecordIds;
import dev.scaleswell.model.record.Submission;
import dev.scaleswell.model.warrior.WarriorProfile;
import dev.scaleswell.testsupport.EmbeddedS3;
import dev.scaleswell.testsupport.lake.ParquetQueries;
import dev.scaleswell.testsupport.lake.RawObjects;
import dev.scaleswell.testsupport.lake.TestLake;
import dev.scaleswell.testsupport.lake.Warriors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * {@code etl-job run} end to end, from raw objects to a rated users snapshot, against the
 * embedded S3 server, with training kept small (4,000 duels, 20 small trees).
 */
class RunCommandIntegrationTests {

	@RegisterExtension
	static EmbeddedS3 server = new EmbeddedS3();

	private static final String[] SMALL = { "--synthetic-duels", "4000", "--trees", "20", "--max-depth", "10",
			"--max-nodes", "200", "--node-size", "5" };

	@TempDir
	Path work;

	private S3Client s3;

	private String bucket;

	private RawObjects raw;

	private ParquetQueries parquet;

	private HttpServer pushgateway;

	private final List<String> pushedTo = new CopyOnWriteArrayList<>();

	private final List<String> pushed = new CopyOnWriteArrayList<>();

	@BeforeEach
	void setUp() throws IOException {
		TestLake lake = TestLake.create(server);
		this.s3 = lake.s3();
		this.bucket = lake.bucket();
		this.raw = new RawObjects(this.s3, this.bucket);
		this.parquet = new ParquetQueries(this.s3, this.bucket, this.work);
		this.pushgateway = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.pushgateway.createContext("/metrics/job/scaleswell_etl", (exchange) -> {
			this.pushedTo.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
			this.pushed.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
			exchange.sendResponseHeaders(200, -1);
			exchange.close();
		});
		this.pushgateway.start();
	}

	@AfterEach
	void tearDown() {
		this.pushgateway.stop(0);
		this.s3.close();
	}

	@Test
	void runFromRawDataShouldCrownAChampionRateEveryUserPublishTheAggregatesAndReport() throws Exception {
		List<WarriorProfile> warriors = this.raw.submit("warrior", 1_500, 0, 1, 500);
		this.raw.recordDuels(
				List.of(new DuelOutcome(warriors.get(0).name(), warriors.get(1).name(), warriors.get(0).name(), null),
						new DuelOutcome(warriors.get(2).name(), "Thor", "Thor", null)));

		Result result = run("--pushgateway", "http://127.0.0.1:" + this.pushgateway.getAddress().getPort());

		assertThat(result.exitCode()).as(result.err()).isZero();
		RunReport report = result.report();
		assertThat(report.succeeded()).isTrue();
		assertThat(report.steps()).extracting(StepTiming::step, StepTiming::outcome)
			.containsExactly(tuple("curate", "succeeded"), tuple("evaluate", "succeeded"), tuple("train", "succeeded"),
					tuple("rate", "succeeded"), tuple("drift", "succeeded"), tuple("commit", "succeeded"));
		assertThat(report.records().get("submissions")).containsEntry("curated", 1_500L);
		assertThat(report.records().get("duel-results")).containsEntry("curated", 2L);
		assertThat(report.model().verdict()).isEqualTo("PROMOTED");

		ModelRegistry registry = new ModelRegistry(this.s3, this.bucket);
		String champion = registry.readAlias(ModelAlias.CHAMPION).orElseThrow().pointer().version();
		assertThat(champion).isEqualTo(report.model().version());
		assertThat(registry.manifest(champion).orElseThrow().lineage()).satisfies((lineage) -> {
			assertThat(lineage.etlRunId()).isEqualTo(report.runId());
			assertThat(lineage.recordedDuels()).isEqualTo(2);
		});

		EtlManifest latest = latest();
		assertThat(latest.runId()).isEqualTo(report.runId());
		assertThat(latest.modelVersion()).isEqualTo(champion);
		assertThat(latest.driftReport()).isEqualTo("reports/drift/" + report.runId() + ".json");
		DriftReport drift = new DriftStore(this.s3, this.bucket).report(report.runId());
		assertThat(drift.status()).isEqualTo(DriftReport.NO_REFERENCE);

		// the aggregates analytics serves, published once for exactly the committed
		// state:
		// the rated users, every curated file, the run's version
		assertThat(latest.aggregates()).isEqualTo("_manifests/etl/aggregates/" + report.runId() + ".json");
		Aggregates published = new PublishedAggregates(this.s3, this.bucket, HeroCatalog.standard())
			.read(latest.aggregates());
		assertThat(published.analytics()).satisfies((view) -> {
			assertThat(view.totalUsers()).isEqualTo(1_500);
			assertThat(view.totalSubmissions()).isEqualTo(1_500);
			assertThat(view.duels().recorded()).isEqualTo(2);
			assertThat(view.strongestPlayer()).isNotNull();
			assertThat(view.etlRunId()).isEqualTo(report.runId());
			assertThat(view.modelVersion()).isEqualTo(champion);
			assertThat(view.dataAsOf()).isEqualTo(latest.committedAt());
		});
		assertThat(published).isEqualTo(
				new LakeAggregation(new CuratedFiles(this.s3, this.bucket), HeroCatalog.standard()).compute(latest));

		// the rated snapshot, read back by DuckDB: every user rated with the champion's
		// mean P(win) vs every hero
		DuelModel model = registry.loadModel(champion).model();
		UserRatings ratings = new UserRatings(model, HeroCatalog.standard().all());
		List<String> users = List.of(latest.usersFiles().getFirst());
		assertThat(this.parquet.query(users, "SELECT count(*) AS users, count(rating) AS rated FROM t"))
			.containsExactly(Map.of("users", 1_500L, "rated", 1_500L));
		List<Map<String, Object>> rated = this.parquet.query(users,
				"SELECT age, hero, rating FROM t ORDER BY identity_key LIMIT 50");
		assertThat(rated).hasSize(50);
		for (Map<String, Object> row : rated) {
			double expected = ratings.rating((Integer) row.get("age"),
					HeroCatalog.standard().find((String) row.get("hero")).orElseThrow());
			assertThat((Double) row.get("rating")).isCloseTo(expected, within(1e-12)).isBetween(0.0, 1.0);
		}

		assertThat(this.pushedTo).containsExactly("PUT /metrics/job/scaleswell_etl",
				"PUT /metrics/job/scaleswell_etl/result/success");
		assertThat(this.pushed.get(0)).contains("etl_step_seconds{step=\"train\"}")
			.contains("etl_records{dataset=\"submissions\",outcome=\"curated\"} 1500")
			.contains("etl_model_holdout_accuracy{version=\"" + champion + "\"}");
		assertThat(this.pushed.get(1)).contains("etl_last_success_timestamp_seconds ");
	}

	@Test
	void runOnAnEmptyBucketShouldPublishAFirstChampionAndTheNextRunWithoutDataShouldNotRetrain() throws Exception {
		Result first = run();

		assertThat(first.exitCode()).as(first.err()).isZero();
		assertThat(first.report().steps()).extracting(StepTiming::step, StepTiming::outcome)
			.containsExactly(tuple("curate", "succeeded"), tuple("evaluate", "skipped"), tuple("train", "succeeded"),
					tuple("rate", "skipped"), tuple("drift", "skipped"));
		assertThat(first.report().model().verdict()).isEqualTo("PROMOTED");
		ModelRegistry registry = new ModelRegistry(this.s3, this.bucket);
		assertThat(registry.readAlias(ModelAlias.CHAMPION)).hasValueSatisfying(
				(alias) -> assertThat(alias.pointer().version()).isEqualTo(first.report().model().version()));
		assertThat(registry.manifest(first.report().model().version()).orElseThrow().lineage().etlRunId()).isNull();
		List<String> versions = registry.versions();

		Result again = run();

		assertThat(again.exitCode()).as(again.err()).isZero();
		assertThat(again.report().steps()).extracting(StepTiming::step, StepTiming::outcome)
			.containsExactly(tuple("curate", "succeeded"), tuple("evaluate", "skipped"), tuple("train", "skipped"),
					tuple("rate", "skipped"), tuple("drift", "skipped"));
		assertThat(registry.versions()).isEqualTo(versions);
	}

	@Test
	void runWithoutNewDataShouldTrainNothing() throws Exception {
		this.raw.submit("warrior", 600, 0, 2, 300);
		Result first = run();
		assertThat(first.exitCode()).as(first.err()).isZero();
		ModelRegistry registry = new ModelRegistry(this.s3, this.bucket);
		List<String> versions = registry.versions();
		EtlManifest before = latest();

		Result again = run();

		assertThat(again.exitCode()).as(again.err()).isZero();
		assertThat(again.report().steps()).extracting(StepTiming::step, StepTiming::outcome)
			.containsExactly(tuple("curate", "succeeded"), tuple("evaluate", "succeeded"), tuple("train", "skipped"),
					tuple("rate", "skipped"), tuple("drift", "skipped"));
		assertThat(again.report().model()).isNull();
		assertThat(registry.versions()).isEqualTo(versions);
		assertThat(latest()).isEqualTo(before);
	}

	@Test
	void aRunKilledMidCurateShouldHoldNoLongerThanItsLeaseAndTheNextRunShouldCurateEveryRecordOnce() throws Exception {
		Duration lease = Duration.ofSeconds(4);
		this.raw.submit("warrior", 2_000, 0, 6, 100);
		this.raw.recordDuels(List.of(new DuelOutcome("warrior 1", "Thor", "Thor", null)));
		Path marker = this.work.resolve("data-written");
		Process killed = startCurateUntilKilled(lease, marker);
		String killedRun;
		try {
			await().atMost(Duration.ofSeconds(90)).until(() -> Files.exists(marker) || !killed.isAlive());
			assertThat(killed.isAlive()).as(() -> log("killed-run.log")).isTrue();
			killedRun = Files.readString(marker);
			// stopped for twice its lease, the live run still holds it: its heartbeat
			// renews it
			Thread.sleep(lease.multipliedBy(2));
			Result blocked = run("--lease", lease.toString());
			assertThat(blocked.exitCode()).as(blocked.err()).isEqualTo(LockHeldException.EXIT_CODE);
		}
		finally {
			killed.destroyForcibly(); // SIGKILL, as kill -9: no release, no shutdown hook
			killed.waitFor();
		}
		Instant killedAt = Instant.now();

		Instant giveUp = killedAt.plus(lease.multipliedBy(5));
		Instant attempt;
		Result next;
		do {
			attempt = Instant.now();
			next = run("--lease", lease.toString());
		}
		while (next.exitCode() == LockHeldException.EXIT_CODE && attempt.isBefore(giveUp)
				&& pause(Duration.ofMillis(250)));

		assertThat(next.exitCode()).as(next.err()).isZero();
		// the dead run's lease lapses at most one lease after its last heartbeat
		assertThat(Duration.between(killedAt, attempt)).isLessThan(lease.plusSeconds(2));
		EtlManifest latest = latest();
		assertThat(latest.runId()).isEqualTo(next.report().runId()).isNotEqualTo(killedRun);
		List<String> curated = new ArrayList<>();
		for (Dataset dataset : Dataset.values()) {
			curated.addAll(this.parquet.ids(latest.curatedFiles(dataset)));
		}
		assertThat(curated).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(this.raw.acknowledgedIds());
		assertThat(curated).hasSize(2_001);
		assertThat(new ModelRegistry(this.s3, this.bucket).readAlias(ModelAlias.CHAMPION)).isPresent();
	}

	@Test
	void aRunThatLosesItsLeaseShouldStopAtItsNextStepAndNotCommitAgain() {
		this.raw.submit("warrior", 300, 0, 7, 100);
		CurateStep curate = new CurateStep(this.s3, this.bucket, CurateOptions.defaults(), Clock.systemUTC());
		// the lease holds for the curate step, its commit, the evaluate and the train
		// step,
		// then is taken over
		AtomicInteger checks = new AtomicInteger();
		Fence fence = () -> {
			if (checks.incrementAndGet() > 4) {
				throw new LeaseLostException("lost", "taken over by run next");
			}
		};
		RunRecorder recorder = new RunRecorder(Clock.systemUTC());
		EtlRun run = new EtlRun(() -> RunCommand.outcome(curate.run(RunIds.newRunId(Instant.now()), fence)), fence,
				this.s3, this.bucket, this.work, HeroCatalog.standard(), Clock.systemUTC());

		assertThatExceptionOfType(LeaseLostException.class)
			.isThrownBy(() -> run.run(new RunSettings(TestTrainSettings.small(), false, DriftAnalysis.DEFAULT_THRESHOLD,
					EvaluationPolicy.DEFAULT), recorder));

		assertThat(recorder.finish("lost").steps()).extracting(StepTiming::step, StepTiming::outcome)
			.containsExactly(tuple("curate", "succeeded"), tuple("evaluate", "succeeded"), tuple("train", "succeeded"),
					tuple("rate", "failed"));
		assertThat(latest().modelVersion()).isNull();
	}

	@Test
	void driftShouldFlagShiftedAgesAndNotUnshiftedOnes() throws Exception {
		this.raw.submit("first", 1_500, 0, 3, 500);
		Result first = run();
		assertThat(first.exitCode()).as(first.err()).isZero();

		this.raw.submit("same", 800, 0, 4, 400);
		Result unshifted = run();
		assertThat(unshifted.exitCode()).as(unshifted.err()).isZero();
		this.raw.submit("older", 800, 20, 5, 400);
		Result shifted = run();
		assertThat(shifted.exitCode()).as(shifted.err()).isZero();

		DriftStore store = new DriftStore(this.s3, this.bucket);
		DriftReport calm = store.report(unshifted.report().runId());
		assertThat(calm.status()).isEqualTo(DriftReport.MEASURED);
		assertThat(calm.currentCount()).isEqualTo(800);
		assertThat(calm.referenceCount()).isEqualTo(1_500);
		assertThat(calm.drifted()).isFalse();
		assertThat(calm.age().psi()).isLessThan(0.1);
		DriftReport drifted = store.report(shifted.report().runId());
		assertThat(drifted.drifted()).isTrue();
		assertThat(drifted.age().drifted()).isTrue();
		assertThat(drifted.age().ksStatistic()).isGreaterThan(0.5);
		assertThat(drifted.hero().drifted()).isFalse();
		assertThat(shifted.report().drift().psi().get("age")).isEqualTo(drifted.age().psi());
		assertThat(latest().driftReport()).isEqualTo("reports/drift/" + shifted.report().runId() + ".json");
	}

	@Test
	void runWithSkipCurateShouldLeaveTheRawObjectsToTheOtherEngineAndTrainOnceOnEachStateItCommits() throws Exception {
		this.raw.submit("warrior", 300, 0, 1, 300);

		Result nothingCommitted = run("--skip-curate");
		assertThat(nothingCommitted.exitCode()).as(nothingCommitted.err()).isZero();
		assertThat(new ManifestStore(this.s3, this.bucket).latest()).as("raw objects left to the other engine")
			.isEmpty();

		// the other engine (etl-spark) commits a run
		String curatedRun = RunIds.newRunId(Instant.now());
		new CurateStep(this.s3, this.bucket, CurateOptions.defaults(), Clock.systemUTC()).run(curatedRun, () -> {
		});
		Result trained = run("--skip-curate");
		assertThat(trained.exitCode()).as(trained.err()).isZero();
		assertThat(trained.report().steps()).extracting(StepTiming::step, StepTiming::outcome)
			.contains(tuple("curate", "succeeded"), tuple("train", "succeeded"));
		ModelRegistry registry = new ModelRegistry(this.s3, this.bucket);
		// versions made within one second sort at random: look at every one
		assertThat(registry.versions()).map((version) -> registry.manifest(version).orElseThrow().lineage().etlRunId())
			.containsOnlyOnce(curatedRun);

		Result again = run("--skip-curate");
		assertThat(again.report().steps()).extracting(StepTiming::step, StepTiming::outcome)
			.contains(tuple("train", "skipped"));
	}

	@Test
	void runWithSkipCurateShouldFailWhenARawObjectWaitedLongerThanTheCurateLagForTheOtherEngine() throws Exception {
		Instant hourAgo = Instant.now().minus(Duration.ofHours(1));
		String waiting = this.raw.put(Dataset.SUBMISSIONS, hourAgo, 1,
				List.of(new Submission(RecordIds.newId(), hourAgo, Warriors.uniform(1, 3).get(0))));

		Result result = run("--skip-curate", "--curate-lag", "PT30M");

		assertThat(result.exitCode()).isOne();
		assertThat(result.err()).contains("raw object " + waiting + " has waited since");
		assertThat(result.report().steps()).extracting(StepTiming::step, StepTiming::outcome)
			.containsExactly(tuple("curate", "failed"));
	}

	private Result run(String... extra) throws IOException {
		Path reportFile = this.work.resolve("report-" + System.nanoTime() + ".json");
		List<String> args = new ArrayList<>(List.of("run", "--report", reportFile.toString()));
		args.addAll(List.of(SMALL));
		args.addAll(List.of(extra));
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int exitCode = EtlJob.commandLine(server.environment(this.bucket), Clock.systemUTC())
			.setOut(new PrintWriter(out))
			.setErr(new PrintWriter(err))
			.execute(args.toArray(String[]::new));
		return new Result(exitCode, out.toString(), err.toString(), RunReportFile.read(reportFile));
	}

	/**
	 * A child JVM that takes the lease, curates and stops before its commit until killed.
	 */
	private Process startCurateUntilKilled(Duration lease, Path marker) throws IOException {
		List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
				"--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
				CurateUntilKilled.class.getName(), lease.toString(), marker.toString());
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(this.work.resolve("killed-run.log").toFile());
		builder.environment().putAll(server.environment(this.bucket));
		return builder.start();
	}

	private String log(String name) {
		try {
			return Files.readString(this.work.resolve(name));
		}
		catch (IOException ex) {
			return name + " unreadable: " + ex.getMessage();
		}
	}

	private static boolean pause(Duration duration) throws InterruptedException {
		Thread.sleep(duration);
		return true;
	}

	private EtlManifest latest() {
		return new ManifestStore(this.s3, this.bucket).latest().orElseThrow().manifest();
	}

	private record Result(int exitCode, String out, String err, RunReport report) {
	}

}

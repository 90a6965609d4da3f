package dev.scaleswell.spark.curate;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import dev.scaleswell.lake.aggregate.Aggregates;
import dev.scaleswell.lake.aggregate.AnalyticsView;
import dev.scaleswell.lake.aggregate.PublishedAggregates;
import dev.scaleswell.lake.commit.ManifestStore;
import dev.scaleswell.lake.commit.RunManifest;
import dev.scaleswell.lake.commit.RunManifest.Counts;
import dev.scaleswell.lake.commit.RunManifest.DayPointer;
import dev.scaleswell.lake.curate.DayState;
import dev.scaleswell.model.hero.HeroCatalog;
import dev.scaleswell.model.lake.EtlManifest;
import dev.scaleswell.model.lake.LakeLayout;
import dev.scaleswell.model.record.Dataset;
import dev.scaleswell.spark.SparkEtl;
import dev.scaleswell.testsupport.EmbeddedS3;
import dev.scaleswell.testsupport.lake.ParquetQueries;
import dev.scaleswell.testsupport.lake.RawObjects;
import dev.scaleswell.testsupport.lake.TestLake;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code etl-job curate} (its jar, in a JVM of its own) and the Spark job (in
 * {@code local[2]}) curate the same generated raw input into two lakes: no reader can
 * tell which engine wrote which. Then each lake's second run is made by the other engine,
 * and both stay exactly-once.
 */
class EngineEquivalenceTests {

	@RegisterExtension
	static EmbeddedS3 server = new EmbeddedS3();

	/** Nothing is sealed: the late object of the second batch must still be found. */
	static final String[] OPTIONS = { "--late-tolerance", "P30D", "--target-file-mb", "1" };

	static final Path ETL_JOB_JAR = Path.of("../etl-job/target/etl-job.jar");

	@TempDir
	Path directory;

	TestLake jvmLake;

	TestLake sparkLake;

	@BeforeEach
	void createLakes() {
		this.jvmLake = TestLake.create(server);
		this.sparkLake = TestLake.create(server);
	}

	@AfterEach
	void closeLakes() {
		this.jvmLake.close();
		this.sparkLake.close();
	}

	@Test
	void bothEnginesShouldCurateTheSameInputIntoLakesNoReaderCanTellApartAndStayExactlyOnceWhenTheyAlternate()
			throws Exception {
		MixedRawInput input = new MixedRawInput(21);
		input.first(raw(this.jvmLake), raw(this.sparkLake));
		assertThat(curateWithEtlJob(this.jvmLake)).contains("curate: committed run");
		assertThat(curateWithSpark(this.sparkLake)).contains("curate: committed run");
		assertEquivalent();
		assertThat(runCounts(this.sparkLake, Dataset.SUBMISSIONS).duplicate()).isPositive();
		assertThat(runCounts(this.sparkLake, Dataset.SUBMISSIONS).corruptObjects()).isEqualTo(2);

		input.second(raw(this.jvmLake), raw(this.sparkLake));
		assertThat(curateWithSpark(this.jvmLake)).contains("curate: committed run");
		assertThat(curateWithEtlJob(this.sparkLake)).contains("curate: committed run");
		assertEquivalent();
		assertThat(runCounts(this.jvmLake, Dataset.SUBMISSIONS).duplicate()).isEqualTo(10);
		for (TestLake lake : List.of(this.jvmLake, this.sparkLake)) {
			List<Map<String, Object>> counts = queries(lake).query(lake.latest().curatedFiles(Dataset.SUBMISSIONS),
					"SELECT count(*) AS n, count(DISTINCT id) AS ids FROM t");
			assertThat(counts.get(0).get("n")).isEqualTo(counts.get(0).get("ids"));
		}
		assertThat(curateWithSpark(this.jvmLake)).isEqualTo("curate: no new raw objects, nothing written");
	}

	private void assertEquivalent() {
		EtlManifest jvm = this.jvmLake.latest();
		EtlManifest spark = this.sparkLake.latest();
		assertThat(spark.totals()).isEqualTo(jvm.totals());
		for (Dataset dataset : Dataset.values()) {
			assertThat(rowsByDay(this.sparkLake, dataset)).isEqualTo(rowsByDay(this.jvmLake, dataset));
			assertThat(runCounts(this.sparkLake, dataset)).isEqualTo(runCounts(this.jvmLake, dataset));
			assertThat(quarantine(this.sparkLake, dataset)).isEqualTo(quarantine(this.jvmLake, dataset));
			assertThat(dayStates(this.sparkLake, dataset)).isEqualTo(dayStates(this.jvmLake, dataset));
		}
		String users = "SELECT * FROM t ORDER BY identity_key";
		assertThat(queries(this.sparkLake).query(spark.usersFiles(), users))
			.isEqualTo(queries(this.jvmLake).query(jvm.usersFiles(), users))
			.isNotEmpty();
		assertThat(aggregates(this.sparkLake, spark)).isEqualTo(aggregates(this.jvmLake, jvm));
	}

	/** Every curated row, by its {@code dt} partition, as DuckDB reads the files. */
	private Map<LocalDate, List<Map<String, Object>>> rowsByDay(TestLake lake, Dataset dataset) {
		Map<LocalDate, List<String>> files = new TreeMap<>();
		for (String key : lake.latest().curatedFiles(dataset)) {
			files.computeIfAbsent(LakeLayout.parseCuratedKey(key).orElseThrow().day(), (day) -> new ArrayList<>())
				.add(key);
		}
		Map<LocalDate, List<Map<String, Object>>> rows = new TreeMap<>();
		files.forEach((day, keys) -> rows.put(day, queries(lake).query(keys, "SELECT * FROM t ORDER BY id")));
		return rows;
	}

	private Counts runCounts(TestLake lake, Dataset dataset) {
		return run(lake).datasets().get(dataset.path()).counts();
	}

	/** The quarantined lines of the last run, as (source, line number, reason, line). */
	private List<Map<String, Object>> quarantine(TestLake lake, Dataset dataset) {
		List<Map<String, Object>> entries = new ArrayList<>();
		for (String key : run(lake).datasets().get(dataset.path()).quarantineFiles()) {
			entries.addAll(queries(lake).queryQuarantine(key, "SELECT * FROM t"));
		}
		entries.sort((a, b) -> (a.get("sourceKey") + "/" + a.get("lineNumber"))
			.compareTo(b.get("sourceKey") + "/" + b.get("lineNumber")));
		return entries;
	}

	/**
	 * Per day: the raw keys processed and the ids curated, as the next run reads them.
	 */
	private Map<LocalDate, List<Object>> dayStates(TestLake lake, Dataset dataset) {
		Map<LocalDate, List<Object>> states = new TreeMap<>();
		for (Map.Entry<LocalDate, DayPointer> day : run(lake).days().get(dataset.path()).entrySet()) {
			DayState state = DayState.load(lake.s3(), lake.bucket(), day.getValue().stateKey());
			List<String> ids = new ArrayList<>();
			state.ids().forEach((id) -> ids.add(id.toString()));
			ids.sort(null);
			states.put(day.getKey(), List.of(state.processedCount(), ids, day.getValue().sealed()));
		}
		return states;
	}

	/** The published aggregates, less what names the run. */
	private Aggregates aggregates(TestLake lake, EtlManifest manifest) {
		Aggregates aggregates = new PublishedAggregates(lake.s3(), lake.bucket(), HeroCatalog.standard())
			.read(manifest.aggregates());
		AnalyticsView view = aggregates.analytics();
		return new Aggregates(new AnalyticsView(view.totalUsers(), view.totalSubmissions(), view.mostPopularHero(),
				view.strongestPlayer(), view.heroes(), view.ageHistogram(), view.duels(), null, null,
				view.modelVersion()), aggregates.leaderboard());
	}

	private RunManifest run(TestLake lake) {
		return new ManifestStore(lake.s3(), lake.bucket()).run(lake.latest().runId());
	}

	private ParquetQueries queries(TestLake lake) {
		return new ParquetQueries(lake.s3(), lake.bucket(), this.directory);
	}

	private static RawObjects raw(TestLake lake) {
		return new RawObjects(lake.s3(), lake.bucket());
	}

	private static String curateWithSpark(TestLake lake) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		// days spread over several tasks each
		List<String> args = new ArrayList<>(List.of("curate", "--master", "local[2]", "--rows-per-task", "50"));
		args.addAll(List.of(OPTIONS));
		int exitCode = SparkEtl.commandLine(lake.environment(), Clock.systemUTC())
			.setOut(new PrintWriter(out))
			.setErr(new PrintWriter(err))
			.execute(args.toArray(String[]::new));
		assertThat(exitCode).as(err.toString()).isZero();
		return out.toString().strip();
	}

	private String curateWithEtlJob(TestLake lake) throws IOException, InterruptedException {
		assertThat(ETL_JOB_JAR).as("etl-job's jar, packaged by the reactor before this module").exists();
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
						"--enable-native-access=ALL-UNNAMED", "-jar", ETL_JOB_JAR.toString(), "curate"));
		command.addAll(List.of(OPTIONS));
		Path log = Files.createTempFile(this.directory, "etl-job-", ".log");
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment().putAll(lake.environment());
		Process process = builder.start();
		try {
			assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("etl-job curate ends within 2 minutes").isTrue();
			assertThat(process.exitValue()).as(Files.readString(log)).isZero();
		}
		finally {
			process.destroyForcibly();
		}
		return Files.readAllLines(log).stream().filter((line) -> line.startsWith("curate:")).findFirst().orElseThrow();
	}

}

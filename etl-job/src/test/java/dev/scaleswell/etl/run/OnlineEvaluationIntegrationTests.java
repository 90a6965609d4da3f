package dev.scaleswell.etl.run;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import dev.scaleswell.etl.EtlJob;
import dev.scaleswell.etl.registry.Promotions;
import dev.scaleswell.etl.report.RunReport;
import dev.scaleswell.etl.report.RunReportFile;
import dev.scaleswell.lake.commit.LakeJson;
import dev.scaleswell.model.duel.DuelSimulator;
import dev.scaleswell.model.duel.LabelledDuel;
import dev.scaleswell.model.duel.TrainingOptions;
import dev.scaleswell.model.evaluation.AliasDecision;
import dev.scaleswell.model.evaluation.OnlineEvaluation;
import dev.scaleswell.model.evaluation.Verdict;
import dev.scaleswell.model.hero.Hero;
import dev.scaleswell.model.hero.HeroCatalog;
import dev.scaleswell.model.lake.LakeLayout;
import dev.scaleswell.model.lake.ModelAlias;
import dev.scaleswell.model.record.DuelOutcome;
import dev.scaleswell.model.registry.ModelRegistry;
import dev.scaleswell.model.warrior.WarriorProfile;
import dev.scaleswell.testsupport.EmbeddedS3;
import dev.scaleswell.testsupport.lake.RawObjects;
import dev.scaleswell.testsupport.lake.TestLake;
import dev.scaleswell.testsupport.lake.TestRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The evaluate step of {@code etl-job run} on recorded duels whose winners are drawn from
 * the simulator's true probabilities: a worse challenger is demoted with its verdict in
 * the alias history, an equally good one keeps serving, and no duel is counted twice.
 */
class OnlineEvaluationIntegrationTests {

	@RegisterExtension
	static EmbeddedS3 server = new EmbeddedS3();

	private static final String[] SMALL = { "--synthetic-duels", "4000", "--trees", "20", "--max-depth", "10",
			"--verdict-minimum-duels", "200" };

	private static final DuelSimulator simulator = new DuelSimulator(HeroCatalog.standard());

	@TempDir
	Path work;

	private S3Client s3;

	private String bucket;

	private RawObjects raw;

	private ModelRegistry registry;

	private TestRegistry models;

	@BeforeEach
	void setUp() {
		TestLake lake = TestLake.create(server);
		this.s3 = lake.s3();
		this.bucket = lake.bucket();
		this.raw = new RawObjects(this.s3, this.bucket);
		this.models = new TestRegistry(this.s3, this.bucket);
		this.registry = this.models.registry();
	}

	@AfterEach
	void tearDown() {
		this.s3.close();
	}

	@Test
	void aWorseChallengerShouldBeDemotedWithItsVerdictInTheAliasHistoryAndNoDuelCountedTwice() throws IOException {
		assertThat(run().exitCode()).isZero();
		String champion = alias(ModelAlias.CHAMPION);
		// trained on the simulator's duels with every winner swapped: it favours the
		// weaker side
		String worse = publish(31, true);
		new Promotions(this.registry, Clock.systemUTC()).promoteChallenger(worse, 0.3, true).apply(this.registry);
		this.raw.recordDuels(heroDuels(600, 7));

		Result evaluated = run();
		assertThat(evaluated.exitCode()).as(evaluated.err()).isZero();
		assertThat(this.registry.readAlias(ModelAlias.CHALLENGER)).as("demoted").isEmpty();
		AliasDecision decision = history().getLast();
		assertThat(decision.action()).isEqualTo("demote-challenger");
		assertThat(decision.from()).isEqualTo(worse);
		assertThat(decision.by()).isEqualTo("online-verdict");
		assertThat(decision.evidence().outcome()).isEqualTo(Verdict.Outcome.WORSE);
		assertThat(decision.evidence().duels()).isGreaterThanOrEqualTo(200);
		assertThat(decision.evidence().interval().low()).isPositive();

		OnlineEvaluation championFigures = online(champion);
		OnlineEvaluation worseFigures = online(worse);
		assertThat(championFigures.scores().duels()).isEqualTo(600);
		assertThat(worseFigures.scores().duels()).isEqualTo(600);
		assertThat(worseFigures.paired().championVersion()).isEqualTo(champion);
		assertThat(worseFigures.scores().accuracy()).isLessThan(championFigures.scores().accuracy() - 0.1);
		RunReport.OnlineSummary reported = evaluated.report()
			.online()
			.stream()
			.filter((summary) -> summary.version().equals(worse))
			.findFirst()
			.orElseThrow();
		assertThat(reported.verdict()).isEqualTo("worse");
		assertThat(reported.variant()).isEqualTo("challenger");

		assertThat(run().exitCode()).isZero();
		assertThat(online(champion).scores().duels()).as("a run with no new duel counts none again").isEqualTo(600);
	}

	@Test
	void anEquallyGoodChallengerShouldKeepServingAndTheChampionsAccuracyBeNearBayesOptimal() throws IOException {
		assertThat(run().exitCode()).isZero();
		// the same training twice: two versions whose predictions are the same, duel for
		// duel
		String champion = publish(41, false);
		String challenger = publish(41, false);
		Promotions promotions = new Promotions(this.registry, Clock.systemUTC());
		promotions.promoteChampion(champion).apply(this.registry);
		promotions.promoteChallenger(challenger, 0.3, true).apply(this.registry);
		List<DuelOutcome> duels = heroDuels(1500, 9);
		this.raw.recordDuels(duels);

		Result evaluated = run();
		assertThat(evaluated.exitCode()).as(evaluated.err()).isZero();
		assertThat(this.registry.readAlias(ModelAlias.CHALLENGER))
			.as("still the challenger: %s %s", history(), online(challenger))
			.isPresent();
		OnlineEvaluation figures = online(challenger);
		assertThat(figures.paired().verdict().outcome()).isEqualTo(Verdict.Outcome.INCONCLUSIVE);
		double bayes = bayesAccuracy(duels);
		assertThat(online(champion).scores().accuracy()).as("online accuracy against Bayes-optimal %s", bayes)
			.isBetween(bayes - 0.05, bayes + 0.05);
	}

	/** Duels between heroes after now, each won by name1 with its true probability. */
	private static List<DuelOutcome> heroDuels(int count, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		List<Hero> heroes = HeroCatalog.standard().all();
		Instant after = Instant.now().plusSeconds(1);
		List<DuelOutcome> duels = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			Hero a = heroes.get(random.nextInt(heroes.size()));
			Hero b = heroes.get(random.nextInt(heroes.size()));
			if (a.equals(b)) {
				i--;
				continue;
			}
			double p = simulator.winProbability(WarriorProfile.ofHero(a), WarriorProfile.ofHero(b));
			String winner = (random.nextDouble() < p) ? a.name() : b.name();
			duels.add(new DuelOutcome(a.name(), b.name(), winner, after));
		}
		return duels;
	}

	private static double bayesAccuracy(List<DuelOutcome> duels) {
		HeroCatalog catalog = HeroCatalog.standard();
		double sum = 0;
		for (DuelOutcome duel : duels) {
			double p = simulator.winProbability(WarriorProfile.ofHero(catalog.find(duel.name1()).orElseThrow()),
					WarriorProfile.ofHero(catalog.find(duel.name2()).orElseThrow()));
			sum += Math.max(p, 1 - p);
		}
		return sum / duels.size();
	}

	/** A model of 20 trees on 4,000 simulated duels, its winners swapped if asked. */
	private String publish(long seed, boolean swapWinners) {
		List<LabelledDuel> duels = new ArrayList<>();
		for (LabelledDuel duel : TestRegistry.simulatedDuels(300, 4000, seed)) {
			duels.add(swapWinners ? new LabelledDuel(duel.a(), duel.b(), !duel.aWon(), 1 - duel.pAWins()) : duel);
		}
		return this.models.publish(duels, new TrainingOptions(20, 6, 40, 4, 5, seed));
	}

	private String alias(ModelAlias alias) {
		return this.registry.readAlias(alias).orElseThrow().pointer().version();
	}

	private OnlineEvaluation online(String version) {
		byte[] bytes = this.s3
			.getObjectAsBytes((get) -> get.bucket(this.bucket).key(LakeLayout.modelOnlineKey(version)))
			.asByteArray();
		return LakeJson.MAPPER.readValue(bytes, OnlineEvaluation.class);
	}

	private List<AliasDecision> history() {
		List<AliasDecision> decisions = new ArrayList<>();
		for (S3Object object : this.s3
			.listObjectsV2Paginator((list) -> list.bucket(this.bucket).prefix(LakeLayout.MODEL_ALIASES + "history/"))
			.contents()) {
			decisions.add(LakeJson.MAPPER.readValue(
					this.s3.getObjectAsBytes((get) -> get.bucket(this.bucket).key(object.key())).asByteArray(),
					AliasDecision.class));
		}
		return decisions;
	}

	private Result run(String... extra) throws IOException {
		Path reportFile = this.work.resolve("report-" + System.nanoTime() + ".json");
		List<String> args = new ArrayList<>(List.of("run", "--report", reportFile.toString()));
		args.addAll(List.of(SMALL));
		args.addAll(List.of(extra));
		StringWriter err = new StringWriter();
		int exitCode = EtlJob.commandLine(server.environment(this.bucket), Clock.systemUTC())
			.setOut(new PrintWriter(new StringWriter()))
			.setErr(new PrintWriter(err))
			.execute(args.toArray(String[]::new));
		return new Result(exitCode, err.toString(), RunReportFile.read(reportFile));
	}

	private record Result(int exitCode, String err, RunReport report) {
	}

}

package dev.scaleswell.etl.run;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import dev.scaleswell.lake.aggregate.PublishedAggregates;
import dev.scaleswell.lake.parquet.CuratedFiles;
import dev.scaleswell.lake.commit.Fence;
import dev.scaleswell.etl.drift.DriftMeasurement;
import dev.scaleswell.etl.drift.DriftReport;
import dev.scaleswell.etl.drift.DriftStore;
import dev.scaleswell.lake.commit.ManifestConflictException;
import dev.scaleswell.lake.commit.ManifestStore;
import dev.scaleswell.etl.evaluate.OnlineEvaluationStep;
import dev.scaleswell.etl.report.RunRecorder;
import dev.scaleswell.etl.report.RunRecorder.StepTimer;
import dev.scaleswell.etl.report.RunReport;
import dev.scaleswell.etl.train.ModelTraining;
import dev.scaleswell.etl.train.ModelTraining.TrainingResult;
import dev.scaleswell.etl.train.UserRater;
import dev.scaleswell.etl.train.UserRatings;
import dev.scaleswell.model.duel.DuelModel;
import dev.scaleswell.model.duel.ModelLoadException;
import dev.scaleswell.model.evaluation.OnlineScores;
import dev.scaleswell.model.hero.HeroCatalog;
import dev.scaleswell.model.lake.EtlManifest;
import dev.scaleswell.model.lake.ModelAlias;
import dev.scaleswell.model.registry.ModelRegistry;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * One ETL run: curate -> train -> gate/promote -> rate the users with the champion ->
 * drift, then {@code latest.json} re-committed with the champion that rated the users,
 * the drift report and the aggregates analytics serves, computed once here for that
 * state. Train runs when curate found new data, when forced, and whenever the registry
 * has no champion (a fresh bucket gets its first champion, from the heroes alone if need
 * be, so predict can become ready). Each step is timed into the {@link RunRecorder} and
 * starts by confirming the run's lease ({@link Fence}); the first failure ends the run.
 */
public final class EtlRun {

	private final Supplier<CurateOutcome> curate;

	private final Fence fence;

	private final ManifestStore manifests;

	private final ModelRegistry registry;

	private final ModelTraining training;

	private final UserRater rater;

	private final CuratedFiles files;

	private final DriftStore driftStore;

	private final HeroCatalog catalog;

	private final OnlineEvaluationStep evaluation;

	private final PublishedAggregates aggregates;

	private final Clock clock;

	public EtlRun(Supplier<CurateOutcome> curate, Fence fence, S3Client s3, String bucket, Path workDirectory,
			HeroCatalog catalog, Clock clock) {
		this.curate = curate;
		this.fence = fence;
		this.manifests = new ManifestStore(s3, bucket);
		this.registry = new ModelRegistry(s3, bucket);
		this.files = new CuratedFiles(s3, bucket);
		this.driftStore = new DriftStore(s3, bucket);
		this.catalog = catalog;
		this.clock = clock;
		this.evaluation = new OnlineEvaluationStep(s3, bucket, catalog, clock);
		this.training = new ModelTraining(this.registry, this.driftStore, this.files, catalog, clock);
		this.rater = new UserRater(this.files, catalog, s3, bucket, workDirectory);
		this.aggregates = new PublishedAggregates(s3, bucket, catalog);
	}

	/**
	 * Runs every step, recording each into {@code recorder}.
	 * @throws RuntimeException the first step's failure (already recorded as failed)
	 */
	public void run(RunSettings settings, RunRecorder recorder) {
		CurateOutcome curated = step(recorder, "curate", (timer) -> {
			CurateOutcome outcome = this.curate.get();
			timer.succeeded(outcome.detail());
			return outcome;
		});
		recorder.runId(curated.runId());
		curated.records()
			.forEach((dataset, outcomes) -> outcomes
				.forEach((outcome, count) -> recorder.records(dataset, outcome, count)));
		boolean work = curated.newData() || settings.force();
		Optional<ManifestStore.Versioned> latest = this.manifests.latest();
		EtlManifest lake = latest.map(ManifestStore.Versioned::manifest).orElse(null);

		// before training: the models that served while the duels happened are judged,
		// and a verdict may change the champion the gate then compares with
		step(recorder, "evaluate", (timer) -> {
			if (lake == null) {
				timer.skipped("nothing committed yet");
				return null;
			}
			OnlineEvaluationStep.Outcome outcome = this.evaluation.evaluate(lake, settings.evaluation());
			recorder.online(outcome.figures()
				.stream()
				.map((figures) -> new RunReport.OnlineSummary(figures.version(), figures.variant(),
						figures.holdoutAccuracy(), figures.evaluation().scores().duels(),
						figures.evaluation().scores().accuracy(), figures.evaluation().scores().meanLogLoss(),
						(figures.evaluation().paired() != null)
								? figures.evaluation().paired().verdict().outcome().label() : null,
						calibration(figures.evaluation().scores())))
				.toList());
			timer.succeeded("%d runs, %d recorded duels%s%s".formatted(outcome.runs(), outcome.duels(),
					(outcome.verdict() != null) ? "; challenger " + outcome.verdict().outcome().label() + " after "
							+ outcome.verdict().duels() + " paired duels" : "",
					(outcome.decision() != null) ? "; " + outcome.decision().action() + " " + outcome.decision().from()
							+ " -> " + outcome.decision().to() : ""));
			return outcome;
		});

		// drift compares the new submissions with what the model serving while they
		// arrived learned from
		String servingChampion = championVersion();
		@Nullable TrainingResult trained = step(recorder, "train", (timer) -> {
			if (!work && servingChampion != null) {
				timer.skipped("no new data and champion " + servingChampion + " serves (use --force to train anyway)");
				return null;
			}
			TrainingResult result = this.training.train(lake, settings.train());
			recorder.model(new RunReport.ModelSummary(result.manifest().version(), result.manifest().holdoutAccuracy(),
					result.manifest().gate().verdict().name(), result.manifest().gate().reason(), result.champion()));
			timer.succeeded("%s %s: %s".formatted(result.manifest().version(), result.manifest().gate().verdict(),
					result.manifest().gate().reason()));
			return result;
		});

		String championVersion = championVersion();
		Boolean rated = step(recorder, "rate", (timer) -> {
			if (lake == null || championVersion == null) {
				timer.skipped((lake == null) ? "no users snapshot yet" : "no champion yet");
				return false;
			}
			if (championVersion.equals(lake.modelVersion())) {
				timer.skipped("users already rated by champion " + championVersion);
				return false;
			}
			long users = this.rater.rate(lake, new UserRatings(champion(championVersion, trained), this.catalog.all()));
			timer.succeeded("%d users rated by champion %s".formatted(users, championVersion));
			return true;
		});

		@Nullable String driftKey = step(recorder, "drift", (timer) -> {
			if (lake == null || !work) {
				timer.skipped((lake == null) ? "no data yet" : "no new submissions");
				return null;
			}
			DriftReport report = new DriftMeasurement(this.files, this.driftStore, this.catalog, this.clock)
				.measure(lake, servingChampion, settings.driftThreshold());
			String key = this.driftStore.writeReport(report);
			Map<String, Double> psi = new LinkedHashMap<>();
			if (report.age() != null) {
				psi.put("age", report.age().psi());
			}
			if (report.hero() != null) {
				psi.put("hero", report.hero().psi());
			}
			recorder.drift(new RunReport.DriftSummary(key, psi, report.drifted()));
			timer.succeeded("%s: %s%s".formatted(key, report.status(), report.drifted() ? ", DRIFTED" : ""));
			return key;
		});

		if (lake != null && (Boolean.TRUE.equals(rated) || driftKey != null)) {
			step(recorder, "commit", (timer) -> {
				EtlManifest updated = this.aggregates.publish(lake.withTraining(lake.usersFiles(),
						Boolean.TRUE.equals(rated) ? championVersion : lake.modelVersion(),
						(driftKey != null) ? driftKey : lake.driftReport(), this.clock.instant()));
				commit(updated, latest.get().etag());
				timer.succeeded("latest.json: modelVersion " + updated.modelVersion() + ", driftReport "
						+ updated.driftReport() + ", aggregates " + updated.aggregates());
				return updated;
			});
		}
	}

	private void commit(EtlManifest updated, String expectedEtag) {
		try {
			this.manifests.commit(updated, expectedEtag);
		}
		catch (ManifestConflictException ex) {
			// a retried conditional put whose first attempt landed finds its own manifest
			boolean landed = this.manifests.latest().map((current) -> current.manifest().equals(updated)).orElse(false);
			if (!landed) {
				throw ex;
			}
		}
	}

	private static List<RunReport.CalibrationPoint> calibration(OnlineScores scores) {
		List<RunReport.CalibrationPoint> points = new ArrayList<>();
		for (int i = 0; i < scores.bins().size(); i++) {
			OnlineScores.Bin bin = scores.bins().get(i);
			if (bin.duels() > 0) {
				points.add(new RunReport.CalibrationPoint(String.format(Locale.ROOT, "%.1f", i / 10.0),
						bin.meanPredicted(), bin.observed()));
			}
		}
		return points;
	}

	private @Nullable String championVersion() {
		return this.registry.readAlias(ModelAlias.CHAMPION).map((alias) -> alias.pointer().version()).orElse(null);
	}

	private DuelModel champion(String version, @Nullable TrainingResult trained) {
		if (trained != null && trained.manifest().version().equals(version)) {
			return trained.model();
		}
		try {
			return this.registry.loadModel(version).model();
		}
		catch (ModelLoadException ex) {
			throw new IllegalStateException("champion " + version + " cannot be loaded: " + ex.getMessage(), ex);
		}
	}

	private <T extends @Nullable Object> T step(RunRecorder recorder, String name, Step<T> step) {
		StepTimer timer = recorder.start(name);
		try {
			this.fence.check();
			return step.run(timer);
		}
		catch (RuntimeException ex) {
			timer.failed(String.valueOf(ex.getMessage()));
			throw ex;
		}
	}

	@FunctionalInterface
	private interface Step<T extends @Nullable Object> {

		T run(StepTimer timer);

	}

}

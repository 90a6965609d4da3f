package dev.scaleswell.etl.evaluate;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.scaleswell.etl.registry.AliasHistory;
import dev.scaleswell.etl.registry.Promotions;
import dev.scaleswell.lake.schema.Projections;
import dev.scaleswell.lake.commit.LakeJson;
import dev.scaleswell.lake.commit.ManifestStore;
import dev.scaleswell.lake.commit.RunManifest;
import dev.scaleswell.lake.parquet.CuratedFiles;
import dev.scaleswell.lake.schema.CuratedColumns;
import dev.scaleswell.lake.schema.CuratedSchemas;
import dev.scaleswell.model.duel.ModelLoadException;
import dev.scaleswell.model.evaluation.AliasDecision;
import dev.scaleswell.model.evaluation.OnlineEvaluation;
import dev.scaleswell.model.evaluation.Verdict;
import dev.scaleswell.model.hero.Hero;
import dev.scaleswell.model.hero.HeroCatalog;
import dev.scaleswell.model.lake.EtlManifest;
import dev.scaleswell.model.lake.LakeLayout;
import dev.scaleswell.model.lake.ModelAlias;
import dev.scaleswell.model.record.Dataset;
import dev.scaleswell.model.registry.AliasPointer;
import dev.scaleswell.model.registry.LoadedModel;
import dev.scaleswell.model.registry.ModelManifest;
import dev.scaleswell.model.registry.ModelRegistry;
import dev.scaleswell.model.registry.VersionedAlias;
import dev.scaleswell.model.warrior.WarriorProfile;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * The ETL's evaluate step, after a run committed: reads the duels curated by the
 * committed runs not yet evaluated, adds them to every serving model's
 * {@code online.json} (the champion, the challenger and the previous champion), decides
 * the challenger's verdict and acts on it by the policy, writing each decision to the
 * alias history. The cursor of evaluated runs is written last.
 */
public final class OnlineEvaluationStep {

	/** How far back the first evaluation of a lake looks, in committed runs. */
	static final int MAX_RUNS = 2000;

	private static final Schema DUEL_COLUMNS = Projections.of(CuratedSchemas.DUEL_RESULT, CuratedColumns.RECEIVED_AT,
			CuratedColumns.OCCURRED_AT, CuratedColumns.KEY1, CuratedColumns.KEY2, CuratedColumns.WINNER_KEY);

	private static final Schema USER_COLUMNS = Projections.of(CuratedSchemas.USER, CuratedColumns.IDENTITY_KEY,
			CuratedColumns.NAME, CuratedColumns.AGE, CuratedColumns.HERO);

	private final S3Client s3;

	private final String bucket;

	private final ModelRegistry registry;

	private final ManifestStore manifests;

	private final CuratedFiles files;

	private final HeroCatalog catalog;

	private final Clock clock;

	public OnlineEvaluationStep(S3Client s3, String bucket, HeroCatalog catalog, Clock clock) {
		this.s3 = s3;
		this.bucket = bucket;
		this.registry = new ModelRegistry(s3, bucket);
		this.manifests = new ManifestStore(s3, bucket);
		this.files = new CuratedFiles(s3, bucket);
		this.catalog = catalog;
		this.clock = clock;
	}

	/** Evaluates the runs committed up to {@code committed}, then acts on the verdict. */
	public Outcome evaluate(EtlManifest committed, EvaluationPolicy policy) {
		List<ServingModel> models = servingModels();
		if (models.isEmpty()) {
			return new Outcome(0, 0, List.of(), null, null);
		}
		Instant oldest = models.stream().map(ServingModel::publishedAt).min(Instant::compareTo).orElseThrow();
		List<RunDuels> runs = runsSince(committed.runId(), cursor(), oldest);
		Map<String, OnlineEvaluation> current = new HashMap<>();
		for (ServingModel model : models) {
			read(LakeLayout.modelOnlineKey(model.version()), OnlineEvaluation.class)
				.ifPresent((evaluation) -> current.put(model.version(), evaluation));
		}
		Map<String, WarriorProfile> warriors = warriors(committed, runs);
		Instant now = this.clock.instant();
		Map<String, OnlineEvaluation> updated = new OnlineEvaluator(warriors::get, policy).add(models, current, runs,
				now);
		updated.values().forEach((evaluation) -> write(LakeLayout.modelOnlineKey(evaluation.version()), evaluation));
		ServingModel challenger = OnlineEvaluator.find(models, ServingModel.Variant.CHALLENGER);
		OnlineEvaluation.Paired paired = (challenger != null && updated.containsKey(challenger.version()))
				? updated.get(challenger.version()).paired() : null;
		AliasDecision decision = (paired != null && policy.act()) ? act(challenger, paired.verdict()) : null;
		if (!runs.isEmpty()) {
			write(LakeLayout.ONLINE_CURSOR, new Cursor(committed.runId(), now));
		}
		long duels = runs.stream().mapToLong((run) -> run.duels().size()).sum();
		List<Figures> figures = new ArrayList<>();
		for (ServingModel model : models) {
			OnlineEvaluation evaluation = updated.getOrDefault(model.version(), current.get(model.version()));
			if (evaluation != null) {
				figures.add(new Figures(model.version(), model.variant().label(), model.holdoutAccuracy(), evaluation));
			}
		}
		return new Outcome(runs.size(), duels, List.copyOf(figures), (paired != null) ? paired.verdict() : null,
				decision);
	}

	/** The champion, the challenger and the previous champion, as they serve now. */
	private List<ServingModel> servingModels() {
		List<ServingModel> models = new ArrayList<>();
		Optional<VersionedAlias> champion = this.registry.readAlias(ModelAlias.CHAMPION);
		champion.ifPresent((alias) -> {
			load(alias.pointer().version(), ServingModel.Variant.CHAMPION).ifPresent(models::add);
			alias.pointer()
				.previous()
				.stream()
				.findFirst()
				.flatMap((previous) -> load(previous, ServingModel.Variant.PREVIOUS))
				.ifPresent(models::add);
		});
		this.registry.readAlias(ModelAlias.CHALLENGER)
			.map((alias) -> alias.pointer().version())
			.filter((version) -> models.stream().noneMatch((model) -> model.version().equals(version)))
			.flatMap((version) -> load(version, ServingModel.Variant.CHALLENGER))
			.ifPresent(models::add);
		return models;
	}

	private Optional<ServingModel> load(String version, ServingModel.Variant variant) {
		try {
			LoadedModel loaded = this.registry.loadModel(version);
			ModelManifest manifest = loaded.manifest();
			return Optional.of(new ServingModel(version, variant, manifest.createdAt(), manifest.holdoutAccuracy(),
					loaded.model()));
		}
		catch (ModelLoadException ex) {
			// a version that cannot be loaded serves nobody: predict refuses it too
			return Optional.empty();
		}
	}

	/**
	 * The committed runs after the cursor, oldest first, following each run's predecessor
	 * back from {@code latest}; a first evaluation stops at runs that finished before the
	 * oldest serving model was published, since none of their duels can count.
	 */
	private List<RunDuels> runsSince(String latest, @Nullable String cursor, Instant oldestPublication) {
		List<RunDuels> runs = new ArrayList<>();
		String runId = latest;
		while (runId != null && !runId.equals(cursor) && runs.size() < MAX_RUNS) {
			RunManifest run = this.manifests.run(runId);
			if (run.finishedAt().isBefore(oldestPublication)) {
				break;
			}
			runs.add(new RunDuels(runId, duels(run)));
			runId = run.previousRunId();
		}
		Collections.reverse(runs);
		return runs;
	}

	private List<RecordedDuel> duels(RunManifest run) {
		RunManifest.DatasetRun dataset = run.datasets().get(Dataset.DUEL_RESULTS.path());
		List<RecordedDuel> duels = new ArrayList<>();
		if (dataset == null) {
			return duels;
		}
		for (String key : dataset.curatedFiles()) {
			this.files.read(key, DUEL_COLUMNS, (row) -> {
				Object occurred = row.get(CuratedColumns.OCCURRED_AT);
				long when = (occurred != null) ? (Long) occurred : (Long) row.get(CuratedColumns.RECEIVED_AT);
				duels.add(new RecordedDuel(text(row, CuratedColumns.KEY1), text(row, CuratedColumns.KEY2),
						text(row, CuratedColumns.WINNER_KEY), Instant.ofEpochMilli(when)));
			});
		}
		return duels;
	}

	/**
	 * The warriors the duels name, as predict resolves them: users of the snapshot,
	 * heroes by catalog.
	 */
	private Map<String, WarriorProfile> warriors(EtlManifest committed, List<RunDuels> runs) {
		Set<String> named = new HashSet<>();
		runs.forEach((run) -> run.duels().forEach((duel) -> {
			named.add(duel.key1());
			named.add(duel.key2());
		}));
		Map<String, WarriorProfile> warriors = new HashMap<>();
		for (String key : committed.usersFiles()) {
			this.files.read(key, USER_COLUMNS, (row) -> {
				String identity = text(row, CuratedColumns.IDENTITY_KEY);
				if (named.contains(identity)) {
					this.catalog.find(text(row, CuratedColumns.HERO))
						.ifPresent((hero) -> warriors.put(identity, new WarriorProfile(text(row, CuratedColumns.NAME),
								(Integer) row.get(CuratedColumns.AGE), hero)));
				}
			});
		}
		for (Hero hero : this.catalog.all()) {
			warriors.putIfAbsent(hero.key(), WarriorProfile.ofHero(hero));
		}
		return warriors;
	}

	/**
	 * Promotes a challenger found better (if the offline gate did not reject it), demotes
	 * one found worse; each decision goes to the alias history with the verdict.
	 */
	private @Nullable AliasDecision act(ServingModel challenger, Verdict verdict) {
		Promotions promotions = new Promotions(this.registry, this.clock);
		Instant at = this.clock.instant();
		if (verdict.outcome() == Verdict.Outcome.WORSE) {
			String demoted = promotions.demoteChallenger();
			return record(new AliasDecision(at, "demote-challenger", demoted, null, "online-verdict", verdict));
		}
		if (verdict.outcome() == Verdict.Outcome.BETTER) {
			ModelManifest manifest = this.registry.manifest(challenger.version()).orElseThrow();
			if (manifest.gate().verdict() == ModelManifest.GateVerdict.REJECTED) {
				return null;
			}
			String champion = this.registry.readAlias(ModelAlias.CHAMPION)
				.map((alias) -> alias.pointer().version())
				.orElse(null);
			promotions.promoteChampion(challenger.version()).apply(this.registry);
			promotions.demoteChallenger();
			return record(new AliasDecision(at, "promote", champion, challenger.version(), "online-verdict", verdict));
		}
		return null;
	}

	private AliasDecision record(AliasDecision decision) {
		return new AliasHistory(this.s3, this.bucket).record(decision);
	}

	private @Nullable String cursor() {
		return read(LakeLayout.ONLINE_CURSOR, Cursor.class).map(Cursor::throughRunId).orElse(null);
	}

	private <T> Optional<T> read(String key, Class<T> type) {
		try {
			byte[] bytes = this.s3.getObjectAsBytes((get) -> get.bucket(this.bucket).key(key)).asByteArray();
			return Optional.of(LakeJson.MAPPER.readValue(bytes, type));
		}
		catch (NoSuchKeyException ex) {
			return Optional.empty();
		}
	}

	private void write(String key, Object value) {
		this.s3.putObject((put) -> put.bucket(this.bucket).key(key).contentType("application/json"),
				RequestBody.fromBytes(LakeJson.MAPPER.writeValueAsBytes(value)));
	}

	private static String text(GenericRecord row, String field) {
		return row.get(field).toString();
	}

	/**
	 * Which committed run the evaluation has counted through.
	 *
	 * @param throughRunId the run
	 * @param updatedAt when
	 */
	record Cursor(String throughRunId, Instant updatedAt) {
	}

	/**
	 * One serving version's figures after the step, for the run report and metrics.
	 *
	 * @param version the version
	 * @param variant champion, challenger or previous
	 * @param holdoutAccuracy its offline accuracy
	 * @param evaluation its online evaluation
	 */
	public record Figures(String version, String variant, double holdoutAccuracy, OnlineEvaluation evaluation) {
	}

	/**
	 * What the step did.
	 *
	 * @param runs committed runs evaluated
	 * @param duels recorded duels they curated
	 * @param figures each serving version's figures
	 * @param verdict the challenger's verdict, if there is a challenger
	 * @param decision what the policy did about it, if anything
	 */
	public record Outcome(int runs, long duels, List<Figures> figures, @Nullable Verdict verdict,
			@Nullable AliasDecision decision) {
	}

}

package dev.scaleswell.etl.train;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import dev.scaleswell.lake.parquet.CuratedFiles;
import dev.scaleswell.etl.drift.DriftStore;
import dev.scaleswell.etl.registry.Promotions;
import dev.scaleswell.model.duel.DuelModel;
import dev.scaleswell.model.duel.DuelSimulator;
import dev.scaleswell.model.duel.FeatureEncoder;
import dev.scaleswell.model.duel.ModelEvaluation;
import dev.scaleswell.model.duel.ModelLoadException;
import dev.scaleswell.model.hero.HeroCatalog;
import dev.scaleswell.model.lake.EtlManifest;
import dev.scaleswell.model.lake.ModelAlias;
import dev.scaleswell.model.registry.ModelManifest;
import dev.scaleswell.model.registry.ModelManifest.GateVerdict;
import dev.scaleswell.model.registry.ModelRegistry;
import dev.scaleswell.model.registry.ModelVersions;
import dev.scaleswell.model.registry.VersionExistsException;
import dev.scaleswell.model.registry.VersionedAlias;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The train step: reads the committed lake, trains a candidate, judges it against the
 * champion on the candidate's own holdout, publishes it with its lineage, verdict and
 * training population, and makes it champion if it passed.
 */
public final class ModelTraining {

	private static final Logger log = LoggerFactory.getLogger(ModelTraining.class);

	private final ModelRegistry registry;

	private final DriftStore driftStore;

	private final CuratedFiles files;

	private final HeroCatalog catalog;

	private final Clock clock;

	public ModelTraining(ModelRegistry registry, DriftStore driftStore, CuratedFiles files, HeroCatalog catalog,
			Clock clock) {
		this.registry = registry;
		this.driftStore = driftStore;
		this.files = files;
		this.catalog = catalog;
		this.clock = clock;
	}

	/**
	 * Trains from the data {@code lake} committed ({@code null}: no run has committed,
	 * train on the heroes alone).
	 */
	public TrainingResult train(@Nullable EtlManifest lake, TrainSettings settings) {
		TrainingData data = (lake != null) ? TrainingData.read(this.files, lake, this.catalog)
				: TrainingData.heroesOnly(this.catalog);
		TrainingSet set = TrainingSet.build(data, new DuelSimulator(this.catalog), settings.syntheticDuels(),
				settings.holdoutShare(), settings.seed());
		long started = System.nanoTime();
		DuelModel model = DuelModel.train(set.training(), settings.options());
		ModelEvaluation evaluation = model.evaluate(set.holdout());
		log.info("trained {} trees on {} duels ({} synthetic, {} recorded) in {} ms: holdout accuracy {}",
				settings.options().trees(), set.training().size(), set.syntheticDuels(), set.recordedDuels(),
				(System.nanoTime() - started) / 1_000_000, evaluation.accuracy());

		Optional<VersionedAlias> champion = this.registry.readAlias(ModelAlias.CHAMPION);
		GateDecision decision = judge(settings.gate(), evaluation, champion, set);
		GateVerdict verdict = !decision.promote() ? GateVerdict.REJECTED
				: settings.promote() ? GateVerdict.PROMOTED : GateVerdict.REGISTERED;
		String reason = (verdict == GateVerdict.REGISTERED) ? decision.reason() + "; promotion not requested"
				: decision.reason();

		Instant now = this.clock.instant();
		String version = ModelVersions.newVersion(now);
		ModelManifest manifest = new ModelManifest(version, now, FeatureEncoder.SCHEMA_VERSION, settings.options(),
				set.training().size(), set.holdout().size(), evaluation.accuracy(), evaluation.bayesAccuracy(),
				ModelManifest.currentSmileVersion(), ModelManifest.currentJavaVersion(), "", 0,
				new ModelManifest.Lineage((lake != null) ? lake.runId() : null, set.syntheticDuels(),
						set.recordedDuels()),
				new ModelManifest.Gate(verdict, reason, decision.championVersion(), decision.championAccuracy()));
		// the reference first: a published version always has the population drift is
		// measured against
		this.driftStore.writeReference(version, data.population());
		ModelManifest published = publish(model, manifest);
		String championAfter = champion.map((alias) -> alias.pointer().version()).orElse(null);
		if (verdict == GateVerdict.PROMOTED) {
			new Promotions(this.registry, this.clock).promoteChampion(version, champion).apply(this.registry);
			championAfter = version;
		}
		log.info("model {}: {} ({})", version, verdict, reason);
		return new TrainingResult(published, model, championAfter, data.unresolvedDuels());
	}

	private ModelManifest publish(DuelModel model, ModelManifest manifest) {
		try {
			return this.registry.publish(model, manifest);
		}
		catch (VersionExistsException ex) {
			// a retried conditional put whose first attempt landed finds its own manifest
			return this.registry.manifest(manifest.version())
				.filter((stored) -> stored.withArtifact(manifest.sha256(), manifest.artifactBytes()).equals(manifest))
				.orElseThrow(() -> ex);
		}
	}

	private GateDecision judge(GatePolicy gate, ModelEvaluation candidate, Optional<VersionedAlias> champion,
			TrainingSet set) {
		if (champion.isEmpty()) {
			return gate.judge(candidate.accuracy(), null, null);
		}
		String championVersion = champion.get().pointer().version();
		try {
			double championAccuracy = this.registry.loadModel(championVersion)
				.model()
				.evaluate(set.holdout())
				.accuracy();
			return gate.judge(candidate.accuracy(), championVersion, championAccuracy);
		}
		catch (ModelLoadException ex) {
			// a champion that cannot be loaded cannot be defended: judge on the floor
			// alone
			GateDecision decision = gate.judge(candidate.accuracy(), null, null);
			return new GateDecision(decision.promote(), decision.reason()
				.replace("first model", "champion " + championVersion + " cannot be loaded (" + ex.getMessage() + ")"),
					championVersion, null);
		}
	}

	/**
	 * A trained and published version.
	 *
	 * @param manifest its manifest as published
	 * @param model the model itself
	 * @param champion the champion after the gate, {@code null} if there is none
	 * @param unresolvedDuels recorded duels left out because a side is unknown
	 */
	public record TrainingResult(ModelManifest manifest, DuelModel model, @Nullable String champion,
			long unresolvedDuels) {
	}

}

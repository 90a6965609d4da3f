package dev.scaleswell.predict.model;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.scaleswell.model.duel.FeatureEncoder;
import dev.scaleswell.model.duel.ModelLoadException;
import dev.scaleswell.model.lake.ModelAlias;
import dev.scaleswell.model.registry.AliasPointer;
import dev.scaleswell.model.registry.LoadedModel;
import dev.scaleswell.model.registry.ModelRegistry;
import dev.scaleswell.model.registry.VersionedAlias;
import dev.scaleswell.predict.directory.ProfileSpace;
import dev.scaleswell.service.refresh.PeriodicRefresh;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Follows the registry's aliases: reads them every poll interval and, when one names a
 * version not yet serving, loads and verifies it off the request path, then swaps it in
 * at once. A version that fails verification is counted, logged once and never retried;
 * the previous model keeps serving. With a pinned version ({@code MODEL_KEY}) only that
 * version serves, and the aliases are ignored.
 */
class RegistryWatcher extends PeriodicRefresh {

	private static final Logger log = LoggerFactory.getLogger(RegistryWatcher.class);

	private final ModelRegistry registry;

	private final ModelHolder holder;

	private final ModelMetrics metrics;

	private final ProfileSpace space;

	private final Clock clock;

	private final @Nullable AliasPointer pinned;

	private final Set<String> rejectedVersions = new HashSet<>();

	private @Nullable String lastFailure;

	RegistryWatcher(ModelRegistry registry, ModelHolder holder, ModelMetrics metrics, ProfileSpace space,
			ModelProperties properties, Clock clock) {
		super("registry-watcher", properties.pollInterval());
		this.registry = registry;
		this.holder = holder;
		this.metrics = metrics;
		this.space = space;
		this.pinned = (properties.pin() != null) ? AliasPointer.champion(properties.pin(), List.of(), clock.instant())
				: null;
		this.clock = clock;
	}

	/** Reads both aliases once and swaps in whatever changed. */
	@Override
	protected synchronized void refresh() {
		try {
			if (this.pinned != null) {
				refreshChampion(this.pinned);
				return;
			}
			Optional<VersionedAlias> champion = this.registry.readAlias(ModelAlias.CHAMPION);
			Optional<VersionedAlias> challenger = this.registry.readAlias(ModelAlias.CHALLENGER);
			refreshChampion(champion.map(VersionedAlias::pointer).orElse(null));
			refreshChallenger(challenger.map(VersionedAlias::pointer).orElse(null));
			this.lastFailure = null;
		}
		catch (RuntimeException ex) {
			logOnce("Could not read the model registry, the current models keep serving: {}", ex);
		}
	}

	private void refreshChampion(@Nullable AliasPointer pointer) {
		ServingModels current = this.holder.current();
		// without a champion alias the last champion keeps serving: never leave clients
		// without an answer
		if (pointer == null || sameVersion(current.champion(), pointer.version())) {
			return;
		}
		ServingModel model = obtain(pointer.version(), current);
		if (model != null) {
			ServingModels previous = this.holder.current();
			this.holder.update((models) -> models.withChampion(model));
			this.metrics.serving(ModelAlias.CHAMPION, model.version());
			retireIfUnused(previous.champion());
			log.info("Champion is now model {}", model.version());
		}
	}

	private void refreshChallenger(@Nullable AliasPointer pointer) {
		ServingModels current = this.holder.current();
		if (pointer == null) {
			if (current.challenger() != null) {
				this.holder.update((models) -> models.withChallenger(null, 0, false));
				this.metrics.serving(ModelAlias.CHALLENGER, null);
				retireIfUnused(current.challenger());
				log.info("Challenger removed");
			}
			return;
		}
		ServingModel model = sameVersion(current.challenger(), pointer.version()) ? current.challenger()
				: obtain(pointer.version(), current);
		if (model == null) {
			return;
		}
		if (model == current.challenger() && pointer.weight() == current.weight()
				&& pointer.shadow() == current.shadow()) {
			return;
		}
		this.holder.update((models) -> models.withChallenger(model, pointer.weight(), pointer.shadow()));
		this.metrics.serving(ModelAlias.CHALLENGER, model.version());
		if (model != current.challenger()) {
			retireIfUnused(current.challenger());
		}
		log.info("Challenger is model {} with weight {} (shadow {})", model.version(), pointer.weight(),
				pointer.shadow());
	}

	/** The serving instance of {@code version}, or a newly loaded and verified one. */
	private @Nullable ServingModel obtain(String version, ServingModels current) {
		if (sameVersion(current.champion(), version)) {
			return current.champion();
		}
		if (sameVersion(current.challenger(), version)) {
			return current.challenger();
		}
		if (this.rejectedVersions.contains(version)) {
			return null;
		}
		try {
			LoadedModel loaded = this.registry.loadModel(version);
			if (loaded.manifest().featureSchemaVersion() != FeatureEncoder.SCHEMA_VERSION) {
				throw new ModelLoadException(
						"model " + version + " encodes features with schema " + loaded.manifest().featureSchemaVersion()
								+ ", this service with " + FeatureEncoder.SCHEMA_VERSION);
			}
			return new ServingModel(loaded.manifest(), loaded.model(), this.clock.instant(), this.space.size(),
					this.metrics.predictionCounters(version));
		}
		catch (ModelLoadException | NoSuchKeyException ex) {
			this.rejectedVersions.add(version);
			this.metrics.loadFailed();
			log.warn("Model {} was rejected and will not be retried, the current models keep serving: {}", version,
					ex.getMessage());
			return null;
		}
	}

	private void retireIfUnused(@Nullable ServingModel model) {
		ServingModels now = this.holder.current();
		if (model != null && model != now.champion() && model != now.challenger()) {
			this.metrics.retired(model);
		}
	}

	private static boolean sameVersion(@Nullable ServingModel model, String version) {
		return model != null && model.version().equals(version);
	}

	private void logOnce(String message, Exception ex) {
		String failure = ex.getClass().getSimpleName() + ": " + ex.getMessage();
		if (!failure.equals(this.lastFailure)) {
			log.warn(message, failure);
			this.lastFailure = failure;
		}
	}

}

package dev.scaleswell.predict.model;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import dev.scaleswell.model.lake.ModelAlias;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import org.jspecify.annotations.Nullable;

/**
 * The model lifecycle's meters: which version serves under which alias, how old it is,
 * how many predictions each version answered, and failed loads. Meters of versions that
 * stopped serving are removed, so series do not pile up with every retraining.
 */
public class ModelMetrics {

	private final MeterRegistry meters;

	private final Counter loadFailures;

	private final Map<ModelAlias, Gauge> info = new EnumMap<>(ModelAlias.class);

	ModelMetrics(MeterRegistry meters, ModelHolder holder, Clock clock) {
		this.meters = meters;
		this.loadFailures = Counter.builder("predict.model.load.failures")
			.description("Model versions that failed to load or verify; the previous model kept serving")
			.register(meters);
		for (ModelAlias alias : ModelAlias.values()) {
			Variant variant = Variant.valueOf(alias.name());
			Gauge.builder("predict.model.age", holder, (h) -> ageSeconds(h.current().model(variant), clock))
				.tags(Tags.of("alias", variant.label()))
				.description("Seconds since the serving model of this alias was created")
				.baseUnit("seconds")
				.register(meters);
		}
	}

	void loadFailed() {
		this.loadFailures.increment();
	}

	/** Counters for one model's predictions, one per variant it may answer as. */
	Counter[] predictionCounters(String version) {
		Counter[] counters = new Counter[Variant.values().length];
		for (Variant variant : Variant.values()) {
			counters[variant.ordinal()] = Counter.builder("predict.predictions")
				.tags("model_version", version, "variant", variant.label())
				.description("Duels answered, by model version and variant")
				.register(this.meters);
		}
		return counters;
	}

	synchronized void serving(ModelAlias alias, @Nullable String version) {
		Gauge previous = this.info.remove(alias);
		if (previous != null) {
			this.meters.remove(previous);
		}
		if (version != null) {
			this.info.put(alias,
					Gauge.builder("predict.model.info", () -> 1)
						.tags("version", version, "alias", alias.name().toLowerCase(java.util.Locale.ROOT))
						.description("The model version serving under each alias (always 1)")
						.register(this.meters));
		}
	}

	void retired(ServingModel model) {
		for (Counter counter : model.predictionCounters()) {
			this.meters.remove(counter);
		}
	}

	private static double ageSeconds(@Nullable ServingModel model, Clock clock) {
		return (model != null) ? Duration.between(model.manifest().createdAt(), clock.instant()).toMillis() / 1000.0
				: Double.NaN;
	}

}

package dev.scaleswell.predict.model;

import org.jspecify.annotations.Nullable;

/**
 * What answers right now, swapped as a whole: the champion, and optionally a challenger
 * taking {@code weight} of the pairs (sticky by pair) and, in shadow mode, scoring the
 * others too.
 */
public record ServingModels(@Nullable ServingModel champion, @Nullable ServingModel challenger, double weight,
		boolean shadow) {

	public static final ServingModels NONE = new ServingModels(null, null, 0, false);

	public ServingModels {
		if (challenger == null) {
			weight = 0;
			shadow = false;
		}
		weight = Math.clamp(weight, 0.0, 1.0);
	}

	public @Nullable ServingModel model(Variant variant) {
		return (variant == Variant.CHAMPION) ? this.champion : this.challenger;
	}

	ServingModels withChampion(@Nullable ServingModel model) {
		return new ServingModels(model, this.challenger, this.weight, this.shadow);
	}

	ServingModels withChallenger(@Nullable ServingModel model, double weight, boolean shadow) {
		return new ServingModels(this.champion, model, weight, shadow);
	}

}

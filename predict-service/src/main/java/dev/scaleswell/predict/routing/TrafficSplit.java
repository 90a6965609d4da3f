package dev.scaleswell.predict.routing;

import dev.scaleswell.predict.model.ServingModels;
import dev.scaleswell.predict.model.Variant;

/**
 * Decides which variant answers a pair: the challenger takes the pairs whose
 * {@link PairHash} position falls below its weight, so each pair sticks to one variant
 * while the weight holds, and raising the weight only moves pairs towards the challenger.
 */
public final class TrafficSplit {

	private TrafficSplit() {
	}

	public static Variant route(ServingModels models, String keyA, String keyB) {
		if (models.challenger() == null || models.weight() <= 0) {
			return Variant.CHAMPION;
		}
		return (PairHash.position(keyA, keyB) < models.weight()) ? Variant.CHALLENGER : Variant.CHAMPION;
	}

}

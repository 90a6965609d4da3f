package dev.scaleswell.etl.evaluate;

import java.time.Instant;

import dev.scaleswell.model.duel.DuelModel;

/**
 * A model the evaluation scores: its version, the part it plays, when it was published
 * (only duels after that are out of its sample) and the model itself.
 */
record ServingModel(String version, Variant variant, Instant publishedAt, double holdoutAccuracy, DuelModel model) {

	/** The part a version plays while duels are scored. */
	enum Variant {

		CHAMPION, CHALLENGER, PREVIOUS;

		String label() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

}

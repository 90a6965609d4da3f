package dev.scaleswell.model.duel;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;

/**
 * The serialised form of a {@link DuelModel}: only records, strings and primitive arrays,
 * so the deserialisation allow-list stays tiny, and every field is checked by the
 * canonical constructor, which deserialisation runs.
 *
 * @param formatVersion the layout of this record ({@link #FORMAT_VERSION})
 * @param featureSchemaVersion the {@link FeatureEncoder#SCHEMA_VERSION} trained on
 * @param featureNames the feature names trained on, in row order
 * @param options the hyperparameters trained with
 * @param forest the compiled forest
 */
record ModelArtifact(int formatVersion, int featureSchemaVersion, String[] featureNames, TrainingOptions options,
		CompiledForest forest) implements Serializable {

	/** Bump when this record or {@link CompiledForest} changes shape. */
	static final int FORMAT_VERSION = 1;

	ModelArtifact {
		Objects.requireNonNull(featureNames, "featureNames");
		Objects.requireNonNull(options, "options");
		Objects.requireNonNull(forest, "forest");
		if (forest.features() != featureNames.length) {
			throw new IllegalArgumentException(
					"forest reads " + forest.features() + " features but " + featureNames.length + " are named");
		}
	}

	boolean hasCurrentFeatureNames() {
		return Arrays.equals(this.featureNames, FeatureEncoder.featureNames().toArray(String[]::new));
	}

}

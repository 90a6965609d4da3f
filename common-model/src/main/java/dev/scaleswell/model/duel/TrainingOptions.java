package dev.scaleswell.model.duel;

import java.io.Serializable;

/**
 * The random forest's hyperparameters, validated. Written into every model's manifest:
 * the same data and options (seed included) give the same model.
 *
 * @param trees number of trees (1-1000)
 * @param maxDepth maximum depth of a tree (2-64)
 * @param maxNodes maximum number of leaves of a tree (2-100,000)
 * @param mtry features tried at each split (1 to the number of features)
 * @param nodeSize minimum examples in a leaf (1-100,000)
 * @param seed seeds every tree's bootstrap and feature sampling
 */
public record TrainingOptions(int trees, int maxDepth, int maxNodes, int mtry, int nodeSize,
		long seed) implements Serializable {

	public TrainingOptions {
		requireRange("trees", trees, 1, 1000);
		requireRange("maxDepth", maxDepth, 2, 64);
		requireRange("maxNodes", maxNodes, 2, 100_000);
		requireRange("mtry", mtry, 1, FeatureEncoder.FEATURES);
		requireRange("nodeSize", nodeSize, 1, 100_000);
	}

	/**
	 * 1.3 points below the Bayes-optimal accuracy on 20,000 simulated holdout duels after
	 * 200,000 training duels, at about 1.5 µs of CPU per antisymmetric prediction (see
	 * docs/model.md for the measurements).
	 */
	public static TrainingOptions defaults() {
		return new TrainingOptions(50, 12, 800, 4, 20, 42L);
	}

	public TrainingOptions withSeed(long newSeed) {
		return new TrainingOptions(this.trees, this.maxDepth, this.maxNodes, this.mtry, this.nodeSize, newSeed);
	}

	private static void requireRange(String name, int value, int min, int max) {
		if (value < min || value > max) {
			throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", was " + value);
		}
	}

}

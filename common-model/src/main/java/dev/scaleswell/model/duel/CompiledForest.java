package dev.scaleswell.model.duel;

import java.io.Serializable;

/**
 * A trained Smile regression forest flattened into primitive arrays, laid out for speed:
 * every tree is walked the same fixed number of steps ({@code depth}), all trees one
 * level at a time, so the walks of different trees overlap in the CPU and the per-node
 * choice compiles to a conditional move rather than a mispredicted branch. The result is
 * Smile's own (same splits, same leaf values, same summation order). Built by
 * {@link SmileForests#compile}; it holds no Smile class, so loading an artifact
 * deserialises nothing but this record and primitive arrays.
 *
 * <p>
 * Nodes are stored in pre-order, so an internal node's first child (taken when
 * {@code row[feature[i]] <= threshold[i]}, Smile's rule) is {@code i + 1} and only the
 * other child needs storing, in {@code right[i]}, always after {@code i}. A leaf absorbs
 * the walk: its threshold is {@code -Infinity}, so every finite row goes "right", to the
 * leaf itself. The constructor checks all of this, and that every tree ends in leaves
 * within {@code depth} steps, whatever bytes a deserialised artifact held.
 *
 * @param features the width of a row
 * @param depth the steps of every walk: the depth of the deepest tree
 * @param roots each tree's root
 * @param feature per node, the feature it splits on (0 for a leaf)
 * @param threshold per node, the split value ({@code -Infinity} for a leaf)
 * @param right per node, the child taken when the row's value is above the threshold (the
 * node itself for a leaf)
 * @param value per node, the leaf's output, a probability (0 for an internal node)
 */
record CompiledForest(int features, int depth, int[] roots, int[] feature, double[] threshold, int[] right,
		double[] value) implements Serializable {

	CompiledForest {
		int nodes = feature.length;
		if (roots.length == 0) {
			throw new IllegalArgumentException("a forest needs at least one tree");
		}
		if (threshold.length != nodes || right.length != nodes || value.length != nodes) {
			throw new IllegalArgumentException("node arrays differ in length");
		}
		int[] height = new int[nodes];
		// children come after their parent: heights can be computed from the end
		for (int i = nodes - 1; i >= 0; i--) {
			if (feature[i] < 0 || feature[i] >= features) {
				throw new IllegalArgumentException("node " + i + " splits on unknown feature " + feature[i]);
			}
			if (right[i] == i) {
				if (threshold[i] != Double.NEGATIVE_INFINITY || !(value[i] >= 0 && value[i] <= 1)) {
					throw new IllegalArgumentException("leaf " + i + " is malformed");
				}
			}
			else {
				if (right[i] <= i + 1 || right[i] >= nodes || Double.isNaN(threshold[i])) {
					throw new IllegalArgumentException("node " + i + " has an invalid split");
				}
				height[i] = 1 + Math.max(height[i + 1], height[right[i]]);
			}
		}
		for (int root : roots) {
			if (root < 0 || root >= nodes || height[root] > depth) {
				throw new IllegalArgumentException("tree root " + root + " is invalid or deeper than " + depth);
			}
		}
	}

	/** The forest's mean output for {@code row}: Smile's {@code predict}. */
	double predict(double[] row) {
		int[] at = this.roots.clone();
		int trees = at.length;
		for (int step = 0; step < this.depth; step++) {
			for (int t = 0; t < trees; t++) {
				int i = at[t];
				int other = this.right[i];
				at[t] = (row[this.feature[i]] <= this.threshold[i]) ? i + 1 : other;
			}
		}
		double sum = 0;
		for (int t = 0; t < trees; t++) {
			sum += this.value[at[t]];
		}
		return sum / trees;
	}

	int trees() {
		return this.roots.length;
	}

	int nodes() {
		return this.feature.length;
	}

}

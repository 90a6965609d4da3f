package dev.scaleswell.model.duel;

import java.io.Serializable;

/**
 * A trained Smile regression forest flattened into primitive arrays: walking arrays
 * instead of node objects and {@code Tuple}s makes a prediction several times faster than
 * Smile's own, with the same result (same splits, same leaf values, same summation
 * order). Built by {@link SmileForests#compile}; it holds no Smile class, so loading an
 * artifact deserialises nothing but this record and primitive arrays.
 *
 * <p>
 * Internal node {@code i} sends a row to {@code left[i]} when
 * {@code row[feature[i]] <= threshold[i]} (Smile's rule), else to {@code right[i]}. A
 * child {@code c >= 0} is an internal node, {@code c < 0} the leaf {@code ~c}. Nodes are
 * stored in pre-order, so a child's index is always greater than its parent's: the
 * constructor checks this, which also guarantees that every walk ends, whatever bytes a
 * deserialised artifact held.
 *
 * @param features the width of a row
 * @param roots each tree's root (an internal node, or {@code ~leaf} for a single-leaf
 * tree)
 * @param feature per internal node, the feature it splits on
 * @param threshold per internal node, the split value
 * @param left per internal node, the child for {@code row[feature] <= threshold}
 * @param right per internal node, the other child
 * @param leafValue per leaf, its output (a probability)
 */
record CompiledForest(int features, int[] roots, int[] feature, double[] threshold, int[] left, int[] right,
		double[] leafValue) implements Serializable {

	CompiledForest {
		int nodes = feature.length;
		if (roots.length == 0) {
			throw new IllegalArgumentException("a forest needs at least one tree");
		}
		if (threshold.length != nodes || left.length != nodes || right.length != nodes) {
			throw new IllegalArgumentException("node arrays differ in length");
		}
		for (int root : roots) {
			requireChild(root, -1, nodes, leafValue.length);
		}
		for (int i = 0; i < nodes; i++) {
			if (feature[i] < 0 || feature[i] >= features) {
				throw new IllegalArgumentException("node " + i + " splits on unknown feature " + feature[i]);
			}
			if (Double.isNaN(threshold[i])) {
				throw new IllegalArgumentException("node " + i + " has no split value");
			}
			requireChild(left[i], i, nodes, leafValue.length);
			requireChild(right[i], i, nodes, leafValue.length);
		}
		for (double value : leafValue) {
			if (!(value >= 0 && value <= 1)) {
				throw new IllegalArgumentException("leaf value " + value + " is not a probability");
			}
		}
	}

	/** The forest's mean output for {@code row}: Smile's {@code predict}. */
	double predict(double[] row) {
		double sum = 0;
		for (int root : this.roots) {
			int node = root;
			while (node >= 0) {
				node = (row[this.feature[node]] <= this.threshold[node]) ? this.left[node] : this.right[node];
			}
			sum += this.leafValue[~node];
		}
		return sum / this.roots.length;
	}

	int trees() {
		return this.roots.length;
	}

	int nodes() {
		return this.feature.length + this.leafValue.length;
	}

	private static void requireChild(int child, int parent, int nodes, int leaves) {
		boolean valid = (child >= 0) ? (child > parent && child < nodes) : (~child < leaves);
		if (!valid) {
			throw new IllegalArgumentException("node " + parent + " has an invalid child " + child);
		}
	}

}

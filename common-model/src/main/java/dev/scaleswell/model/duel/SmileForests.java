package dev.scaleswell.model.duel;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import smile.data.DataFrame;
import smile.data.Tuple;
import smile.data.formula.Formula;
import smile.model.cart.InternalNode;
import smile.model.cart.Node;
import smile.model.cart.OrdinalNode;
import smile.model.cart.RegressionNode;
import smile.regression.RandomForest;
import smile.regression.RegressionTree;

/**
 * Training with Smile: a regression forest on the outcome (1 when the row's first side
 * won), fed both orders of every duel, so each leaf holds a win frequency. Also Smile's
 * own prediction, the baseline the compiled forest is proven equal to and measured
 * against.
 */
public final class SmileForests {

	private static final String RESPONSE = "a_won";

	private static final Formula FORMULA = Formula.lhs(RESPONSE);

	/** Smile keeps the split value package-private; read it once, when compiling. */
	private static final VarHandle SPLIT_VALUE = splitValueHandle();

	/** Flattens {@code forest} into arrays (see {@link CompiledForest}). */
	static CompiledForest compile(RandomForest forest) {
		Builder builder = new Builder();
		RegressionTree[] trees = forest.trees();
		int[] roots = new int[trees.length];
		for (int t = 0; t < trees.length; t++) {
			roots[t] = builder.add(trees[t].root(), 0);
		}
		return builder.build(FeatureEncoder.FEATURES, roots);
	}

	private SmileForests() {
	}

	/**
	 * Fits the forest on {@code duels}, each seen from both sides. Every tree gets its
	 * own seed drawn from {@code options.seed()}, so the result does not depend on how
	 * the trees were scheduled across threads.
	 */
	public static RandomForest fit(List<LabelledDuel> duels, TrainingOptions options) {
		if (duels.isEmpty()) {
			throw new IllegalArgumentException("cannot train on no duels");
		}
		double[][] rows = new double[2 * duels.size()][];
		int r = 0;
		for (LabelledDuel duel : duels) {
			rows[r++] = row(FeatureEncoder.encode(duel.a(), duel.b()), duel.aWon());
			rows[r++] = row(FeatureEncoder.encode(duel.b(), duel.a()), !duel.aWon());
		}
		List<String> names = new ArrayList<>(FeatureEncoder.featureNames());
		names.add(RESPONSE);
		DataFrame frame = DataFrame.of(rows, names.toArray(String[]::new));
		SplittableRandom seeds = new SplittableRandom(options.seed());
		long[] treeSeeds = new long[options.trees()];
		Arrays.setAll(treeSeeds, (t) -> seeds.nextLong());
		return RandomForest.fit(FORMULA, frame, new RandomForest.Options(options.trees(), options.mtry(),
				options.maxDepth(), options.maxNodes(), options.nodeSize(), 1.0, treeSeeds, null));
	}

	/** Smile's prediction for one encoded row: the baseline. */
	public static double predict(RandomForest forest, double[] row) {
		return forest.predict(Tuple.of(forest.schema(), row));
	}

	private static double[] row(double[] features, boolean won) {
		double[] row = Arrays.copyOf(features, features.length + 1);
		row[features.length] = won ? 1 : 0;
		return row;
	}

	private static VarHandle splitValueHandle() {
		try {
			return MethodHandles.privateLookupIn(OrdinalNode.class, MethodHandles.lookup())
				.findVarHandle(OrdinalNode.class, "value", double.class);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("this Smile version hides OrdinalNode.value differently", ex);
		}
	}

	private static final class Builder {

		private int[] feature = new int[4096];

		private double[] threshold = new double[4096];

		private int[] right = new int[4096];

		private double[] value = new double[4096];

		private int nodes;

		private int depth;

		/**
		 * Adds {@code node}'s subtree in pre-order at {@code level} (a root's is 0) and
		 * returns the index of {@code node}.
		 */
		int add(Node node, int level) {
			int index = this.nodes++;
			if (index == this.feature.length) {
				grow();
			}
			if (node instanceof RegressionNode leaf) {
				this.threshold[index] = Double.NEGATIVE_INFINITY;
				this.right[index] = index;
				this.value[index] = leaf.output();
				this.depth = Math.max(this.depth, level);
				return index;
			}
			if (!(node instanceof OrdinalNode split)) {
				throw new IllegalArgumentException(
						"cannot compile a " + node.getClass().getSimpleName() + ": the duel features are all numeric");
			}
			this.feature[index] = ((InternalNode) split).feature();
			this.threshold[index] = (double) SPLIT_VALUE.get(split);
			add(split.trueChild(), level + 1);
			// read after adding: adding may grow (replace) the arrays
			int falseChild = add(split.falseChild(), level + 1);
			this.right[index] = falseChild;
			return index;
		}

		CompiledForest build(int features, int[] roots) {
			return new CompiledForest(features, this.depth, roots, Arrays.copyOf(this.feature, this.nodes),
					Arrays.copyOf(this.threshold, this.nodes), Arrays.copyOf(this.right, this.nodes),
					Arrays.copyOf(this.value, this.nodes));
		}

		private void grow() {
			int size = 2 * this.feature.length;
			this.feature = Arrays.copyOf(this.feature, size);
			this.threshold = Arrays.copyOf(this.threshold, size);
			this.right = Arrays.copyOf(this.right, size);
			this.value = Arrays.copyOf(this.value, size);
		}

	}

}

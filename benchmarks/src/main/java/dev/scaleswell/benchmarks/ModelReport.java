package dev.scaleswell.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;

import smile.regression.RandomForest;

import dev.scaleswell.model.duel.DuelModel;
import dev.scaleswell.model.duel.DuelSimulator;
import dev.scaleswell.model.duel.FeatureEncoder;
import dev.scaleswell.model.duel.LabelledDuel;
import dev.scaleswell.model.duel.ModelEvaluation;
import dev.scaleswell.model.duel.ModelLoadException;
import dev.scaleswell.model.duel.SmileForests;
import dev.scaleswell.model.duel.TrainingOptions;
import dev.scaleswell.model.hero.HeroCatalog;

/**
 * Trains the default model on simulated duels and prints what issue 3 asks to report:
 * holdout accuracy against the Bayes-optimal accuracy, training time and peak heap,
 * artifact size, load time and the heap a loaded model holds. Run it with the heap limit
 * it must fit in:
 *
 * <pre>
 * java -Xmx2g -cp benchmarks/target/benchmarks.jar dev.scaleswell.benchmarks.ModelReport [trainingDuels] [holdoutDuels]
 * </pre>
 */
public final class ModelReport {

	private ModelReport() {
	}

	public static void main(String[] args) throws ModelLoadException {
		int trainingDuels = (args.length > 0) ? Integer.parseInt(args[0]) : 200_000;
		int holdoutDuels = (args.length > 1) ? Integer.parseInt(args[1]) : 20_000;
		TrainingOptions options = TrainingOptions.defaults();
		print("load average (1 min) at start", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		print("cpus", Runtime.getRuntime().availableProcessors());
		print("max heap MB", Runtime.getRuntime().maxMemory() / 1e6);
		print("options", options);

		DuelSimulator simulator = new DuelSimulator(HeroCatalog.standard());
		List<LabelledDuel> training = simulator.sample(simulator.randomWarriors(10_000, 1L), trainingDuels, 2L);
		// the holdout's warriors are drawn apart from the training ones
		List<LabelledDuel> holdout = simulator.sample(simulator.randomWarriors(10_000, 8L), holdoutDuels, 12L);

		heapGc();
		resetPeaks();
		long started = System.nanoTime();
		long cpuStarted = processCpuNanos();
		RandomForest smile = SmileForests.fit(training, options);
		DuelModel model = DuelModel.compile(smile, options);
		double trainingSeconds = (System.nanoTime() - started) / 1e9;
		double trainingCpuSeconds = (processCpuNanos() - cpuStarted) / 1e9;
		print("training duels (rows = 2x)", trainingDuels);
		print("training seconds (wall)", trainingSeconds);
		// on a shared machine the wall time depends on the load; CPU time much less so
		print("training CPU seconds (all threads)", trainingCpuSeconds);
		print("training peak heap MB (sum of pool peaks)", peakHeap() / 1e6);
		print("trees / nodes", model.trees() + " / " + model.nodes());

		ModelEvaluation evaluation = model.evaluate(holdout);
		print("holdout duels", evaluation.duels());
		print("holdout accuracy (realised outcomes)", evaluation.accuracy());
		print("holdout expected accuracy", evaluation.expectedAccuracy());
		print("Bayes-optimal accuracy", evaluation.bayesAccuracy());
		print("points below Bayes (expected)", evaluation.pointsBelowBayes());
		print("points below Bayes (realised)", 100 * (evaluation.bayesAccuracy() - evaluation.accuracy()));
		print("holdout log loss", evaluation.logLoss());

		inferenceCpuTime(model, smile, holdout);
		smile = null;

		byte[] artifact = model.toBytes();
		String sha256 = DuelModel.sha256(artifact);
		print("artifact bytes", artifact.length);
		model = null;
		training = null;
		long before = heapGc();
		started = System.nanoTime();
		DuelModel loaded = DuelModel.fromBytes(artifact, sha256);
		double loadMillis = (System.nanoTime() - started) / 1e6;
		long after = heapGc();
		print("load + verify ms", loadMillis);
		print("loaded model heap MB (GC delta)", (after - before) / 1e6);
		print("loaded model still answers", loaded.evaluate(holdout.subList(0, 1_000)).duels() == 1_000);
		print("load average (1 min) at end", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
	}

	/**
	 * CPU time per antisymmetric prediction, ours and Smile's, in alternating blocks on
	 * this thread: on a loaded machine, thread CPU time is steadier than JMH's wall clock
	 * (run JMH too).
	 */
	private static void inferenceCpuTime(DuelModel model, RandomForest smile, List<LabelledDuel> duels) {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		double[][] ab = new double[duels.size()][];
		double[][] ba = new double[duels.size()][];
		for (int i = 0; i < ab.length; i++) {
			ab[i] = FeatureEncoder.encode(duels.get(i).a(), duels.get(i).b());
			ba[i] = FeatureEncoder.swap(ab[i]);
		}
		long ours = 0;
		long theirs = 0;
		double sink = 0;
		int rounds = 12;
		for (int round = 0; round < rounds; round++) {
			long start = threads.getCurrentThreadCpuTime();
			for (double[] row : ab) {
				sink += model.probability(row);
			}
			long middle = threads.getCurrentThreadCpuTime();
			for (int i = 0; i < ab.length; i++) {
				sink += 0.5 + 0.5 * (SmileForests.predict(smile, ab[i]) - SmileForests.predict(smile, ba[i]));
			}
			long end = threads.getCurrentThreadCpuTime();
			// the first rounds warm up the JIT
			if (round >= rounds / 2) {
				ours += middle - start;
				theirs += end - middle;
			}
		}
		double predictions = (double) (rounds / 2) * ab.length;
		print("ours: CPU ns per antisymmetric prediction", ours / predictions);
		print("Smile: CPU ns per antisymmetric prediction", theirs / predictions);
		print("Smile / ours", (double) theirs / ours);
		print("(checksum of predictions)", sink);
	}

	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	private static long heapGc() {
		long used = Long.MAX_VALUE;
		for (int i = 0; i < 3; i++) {
			System.gc();
			Runtime runtime = Runtime.getRuntime();
			used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
		}
		return used;
	}

	private static void resetPeaks() {
		heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	private static long peakHeap() {
		return heapPools().stream().mapToLong((pool) -> pool.getPeakUsage().getUsed()).sum();
	}

	private static List<MemoryPoolMXBean> heapPools() {
		return ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.toList();
	}

	private static void print(String what, Object value) {
		String shown = (value instanceof Double d) ? String.format(Locale.ROOT, "%.4f", d) : String.valueOf(value);
		System.out.println(String.format(Locale.ROOT, "%-44s %s", what, shown));
	}

}

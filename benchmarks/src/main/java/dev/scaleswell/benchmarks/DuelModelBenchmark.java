package dev.scaleswell.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import smile.regression.RandomForest;

import dev.scaleswell.model.duel.DuelModel;
import dev.scaleswell.model.duel.DuelSimulator;
import dev.scaleswell.model.duel.FeatureEncoder;
import dev.scaleswell.model.duel.LabelledDuel;
import dev.scaleswell.model.duel.SmileForests;
import dev.scaleswell.model.duel.TrainingOptions;
import dev.scaleswell.model.hero.HeroCatalog;
import dev.scaleswell.model.warrior.WarriorProfile;

/**
 * One prediction of the duel model (compiled forest) against Smile's own {@code predict}
 * on the same forest, in the same run. "Antisymmetric" is what serving calls: both orders
 * of a pair averaged. The pairs cycle through 4,096 random warriors so that no branch
 * pattern or row is learned by the CPU.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = { "-Xmx2g", "--enable-native-access=ALL-UNNAMED" })
public class DuelModelBenchmark {

	private static final int PAIRS = 4096;

	/**
	 * Simulated duels to train on; with the default options the forest's size is capped
	 * by maxNodes.
	 */
	@Param("100000")
	public int trainingDuels;

	private DuelModel model;

	private RandomForest smile;

	private WarriorProfile[] a;

	private WarriorProfile[] b;

	private double[][] rowsAB;

	private double[][] rowsBA;

	private int next;

	@Setup(Level.Trial)
	public void train() {
		DuelSimulator simulator = new DuelSimulator(HeroCatalog.standard());
		List<LabelledDuel> duels = simulator.sample(simulator.randomWarriors(10_000, 1L), this.trainingDuels, 2L);
		this.smile = TrainedForests.fitOrReuse(duels, TrainingOptions.defaults(), "bench-" + this.trainingDuels);
		this.model = DuelModel.compile(this.smile, TrainingOptions.defaults());
		List<LabelledDuel> pairs = simulator.sample(simulator.randomWarriors(PAIRS, 3L), PAIRS, 4L);
		this.a = new WarriorProfile[PAIRS];
		this.b = new WarriorProfile[PAIRS];
		this.rowsAB = new double[PAIRS][];
		this.rowsBA = new double[PAIRS][];
		for (int i = 0; i < PAIRS; i++) {
			this.a[i] = pairs.get(i).a();
			this.b[i] = pairs.get(i).b();
			this.rowsAB[i] = FeatureEncoder.encode(this.a[i], this.b[i]);
			this.rowsBA[i] = FeatureEncoder.encode(this.b[i], this.a[i]);
		}
	}

	private int nextPair() {
		this.next = (this.next + 1) & (PAIRS - 1);
		return this.next;
	}

	/** What /duel calls: encode both orders, walk both, average. */
	@Benchmark
	public double oursAntisymmetricFromWarriors() {
		int i = nextPair();
		return this.model.probability(this.a[i], this.b[i]);
	}

	@Benchmark
	public double oursAntisymmetricFromRow() {
		return this.model.probability(this.rowsAB[nextPair()]);
	}

	@Benchmark
	public double oursOneOrder() {
		return this.model.forestOutput(this.rowsAB[nextPair()]);
	}

	/** The baseline: Smile's predict for both orders, averaged the same way. */
	@Benchmark
	public double smileAntisymmetric() {
		int i = nextPair();
		return 0.5 + 0.5
				* (SmileForests.predict(this.smile, this.rowsAB[i]) - SmileForests.predict(this.smile, this.rowsBA[i]));
	}

	@Benchmark
	public double smileOneOrder() {
		return SmileForests.predict(this.smile, this.rowsAB[nextPair()]);
	}

}

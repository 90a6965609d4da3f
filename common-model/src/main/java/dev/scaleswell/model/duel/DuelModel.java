package dev.scaleswell.model.duel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import smile.regression.RandomForest;

import dev.scaleswell.model.warrior.WarriorProfile;

/**
 * The duel model, one class for training and serving: a random forest over
 * {@link FeatureEncoder} rows, compiled to arrays for fast inference.
 * {@code probability(a, b)} averages both orders, {@code 0.5 + (f(a, b) - f(b, a)) / 2},
 * so {@code P(a, b) + P(b, a) = 1} and {@code P(a, a) = 0.5} hold by construction,
 * whatever the forest learned.
 *
 * <p>
 * Instances are immutable and thread-safe.
 */
public final class DuelModel {

	/** Larger artifacts are refused before they are read. */
	public static final int MAX_ARTIFACT_BYTES = 64 * 1024 * 1024;

	/**
	 * What an artifact may contain, checked for every class before it is instantiated.
	 * Primitive arrays pass pattern filters by design; the limits bound what they cost.
	 */
	private static final String ALLOWED = String.join(";", "maxdepth=8", "maxrefs=64",
			"maxarray=" + (MAX_ARTIFACT_BYTES / 8), "maxbytes=" + MAX_ARTIFACT_BYTES, ModelArtifact.class.getName(),
			CompiledForest.class.getName(), TrainingOptions.class.getName(), "java.lang.String", "!*");

	private static final ObjectInputFilter FILTER = ObjectInputFilter.Config.createFilter(ALLOWED);

	private final ModelArtifact artifact;

	private final CompiledForest forest;

	private DuelModel(ModelArtifact artifact) {
		this.artifact = artifact;
		this.forest = artifact.forest();
	}

	/**
	 * Trains on {@code duels} (each seen from both sides). The same duels and options
	 * give the same model.
	 */
	public static DuelModel train(List<LabelledDuel> duels, TrainingOptions options) {
		return compile(SmileForests.fit(duels, options), options);
	}

	/**
	 * Wraps a forest that {@link SmileForests#fit} trained with {@code options}.
	 */
	public static DuelModel compile(RandomForest forest, TrainingOptions options) {
		return new DuelModel(new ModelArtifact(ModelArtifact.FORMAT_VERSION, FeatureEncoder.SCHEMA_VERSION,
				FeatureEncoder.featureNames().toArray(String[]::new), options, SmileForests.compile(forest)));
	}

	/** P({@code a} wins against {@code b}). */
	public double probability(WarriorProfile a, WarriorProfile b) {
		return antisymmetric(FeatureEncoder.encode(a, b), FeatureEncoder.encode(b, a));
	}

	/**
	 * P(the first side wins) for an encoded row {@code featuresAB} (see
	 * {@link FeatureEncoder}), antisymmetric like
	 * {@link #probability(WarriorProfile, WarriorProfile)}.
	 * @throws IllegalArgumentException if the row has the wrong width or a non-finite
	 * value
	 */
	public double probability(double[] featuresAB) {
		FeatureEncoder.requireRow(featuresAB);
		return antisymmetric(featuresAB, FeatureEncoder.swap(featuresAB));
	}

	/**
	 * The forest's raw output for one order, without the antisymmetric average: what
	 * Smile's {@code predict} returns for the same row.
	 */
	public double forestOutput(double[] featuresAB) {
		FeatureEncoder.requireRow(featuresAB);
		return this.forest.predict(featuresAB);
	}

	private double antisymmetric(double[] ab, double[] ba) {
		return 0.5 + 0.5 * (this.forest.predict(ab) - this.forest.predict(ba));
	}

	/** Accuracy and calibration on {@code duels}. */
	public ModelEvaluation evaluate(List<LabelledDuel> duels) {
		if (duels.isEmpty()) {
			throw new IllegalArgumentException("cannot evaluate on no duels");
		}
		int correct = 0;
		double logLoss = 0;
		double brier = 0;
		double expected = 0;
		double bayes = 0;
		int known = 0;
		for (LabelledDuel duel : duels) {
			double p = probability(duel.a(), duel.b());
			boolean callsA = p >= 0.5;
			if (callsA == duel.aWon()) {
				correct++;
			}
			double pOutcome = duel.aWon() ? p : 1 - p;
			logLoss -= Math.log(Math.max(pOutcome, 1e-15));
			brier += (1 - pOutcome) * (1 - pOutcome);
			if (duel.hasKnownProbability()) {
				expected += callsA ? duel.pAWins() : 1 - duel.pAWins();
				bayes += Math.max(duel.pAWins(), 1 - duel.pAWins());
				known++;
			}
		}
		int n = duels.size();
		return new ModelEvaluation(n, (double) correct / n, logLoss / n, brier / n,
				(known > 0) ? expected / known : Double.NaN, (known > 0) ? bayes / known : Double.NaN);
	}

	public TrainingOptions options() {
		return this.artifact.options();
	}

	public int featureSchemaVersion() {
		return this.artifact.featureSchemaVersion();
	}

	/** Number of trees. */
	public int trees() {
		return this.forest.trees();
	}

	/** Number of nodes, internal and leaves, over all trees. */
	public int nodes() {
		return this.forest.nodes();
	}

	/** The artifact: Java serialisation of a small record of primitive arrays. */
	public byte[] toBytes() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
			out.writeObject(this.artifact);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/**
	 * Loads an artifact written by {@link #toBytes()}: checks its SHA-256 against
	 * {@code expectedSha256} first, then deserialises it through an allow-list filter
	 * (installed before the first byte is read), then checks its type, format and feature
	 * schema.
	 * @throws ModelLoadException if any check fails; the message says which
	 */
	public static DuelModel fromBytes(byte[] artifact, String expectedSha256) throws ModelLoadException {
		if (artifact.length > MAX_ARTIFACT_BYTES) {
			throw new ModelLoadException("model artifact has " + artifact.length + " bytes, more than the "
					+ MAX_ARTIFACT_BYTES + " allowed");
		}
		String actual = sha256(artifact);
		if (!MessageDigest.isEqual(actual.getBytes(StandardCharsets.US_ASCII),
				expectedSha256.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII))) {
			throw new ModelLoadException(
					"model artifact checksum mismatch: expected SHA-256 " + expectedSha256 + ", got " + actual);
		}
		Object read;
		try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(artifact))) {
			in.setObjectInputFilter(FILTER);
			read = in.readObject();
			if (in.read() != -1) {
				throw new ModelLoadException("model artifact has trailing bytes after the model");
			}
		}
		catch (InvalidClassException ex) {
			throw new ModelLoadException("model artifact refused: it holds a class outside the allow-list or a "
					+ "malformed model (" + ex.getMessage() + ")", ex);
		}
		catch (IOException | ClassNotFoundException | RuntimeException ex) {
			throw new ModelLoadException("model artifact is not a readable model: " + ex, ex);
		}
		if (!(read instanceof ModelArtifact model)) {
			throw new ModelLoadException("model artifact holds a " + read.getClass().getName() + ", not a duel model");
		}
		if (model.formatVersion() != ModelArtifact.FORMAT_VERSION) {
			throw new ModelLoadException("model artifact format " + model.formatVersion()
					+ " is not supported; this build reads format " + ModelArtifact.FORMAT_VERSION);
		}
		if (model.featureSchemaVersion() != FeatureEncoder.SCHEMA_VERSION || !model.hasCurrentFeatureNames()) {
			throw new ModelLoadException("model was trained on feature schema " + model.featureSchemaVersion()
					+ "; this build encodes schema " + FeatureEncoder.SCHEMA_VERSION);
		}
		return new DuelModel(model);
	}

	/** The lower-case hex SHA-256 of {@code bytes}, as manifests record it. */
	public static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JDK has SHA-256", ex);
		}
	}

}

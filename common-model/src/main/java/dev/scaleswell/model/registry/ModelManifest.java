package dev.scaleswell.model.registry;

import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import dev.scaleswell.model.duel.DuelModel;
import dev.scaleswell.model.duel.ModelEvaluation;
import dev.scaleswell.model.duel.TrainingOptions;
import dev.scaleswell.model.lake.LakeLayout;

/**
 * What the registry knows about a model version: its lineage, metrics and checksum,
 * stored as {@code manifest.json} beside the artifact.
 *
 * @param version the version id ({@link ModelVersions})
 * @param createdAt when it was trained
 * @param featureSchemaVersion the feature schema it was trained on
 * @param options its hyperparameters, seed included
 * @param trainingRows duels trained on (each used in both orders)
 * @param holdoutRows duels it was evaluated on
 * @param holdoutAccuracy its accuracy on the holdout
 * @param bayesAccuracy the best expected accuracy on the holdout's simulated duels
 * @param smileVersion the Smile version that trained it
 * @param javaVersion the Java version that trained it
 * @param sha256 the SHA-256 of {@code model.bin}, lower-case hex (empty until published)
 * @param artifactBytes the size of {@code model.bin}
 * @param lineage the data it was trained on
 * @param gate the evaluation gate's verdict
 */
public record ModelManifest(String version, Instant createdAt, int featureSchemaVersion, TrainingOptions options,
		long trainingRows, long holdoutRows, double holdoutAccuracy, double bayesAccuracy, String smileVersion,
		String javaVersion, String sha256, long artifactBytes, Lineage lineage, Gate gate) {

	public ModelManifest {
		if (!LakeLayout.isToken(version)) {
			throw new IllegalArgumentException("not a version id: '" + version + "'");
		}
		Objects.requireNonNull(createdAt, "createdAt");
		Objects.requireNonNull(options, "options");
		Objects.requireNonNull(sha256, "sha256");
		Objects.requireNonNull(lineage, "lineage");
		Objects.requireNonNull(gate, "gate");
	}

	/**
	 * The manifest of a freshly trained {@code model}: schema, options and library
	 * versions are taken from it and this runtime; {@link ModelRegistry#publish} fills in
	 * the checksum and size.
	 */
	public static ModelManifest of(String version, Instant createdAt, DuelModel model, long trainingRows,
			ModelEvaluation holdout, Lineage lineage, Gate gate) {
		return new ModelManifest(version, createdAt, model.featureSchemaVersion(), model.options(), trainingRows,
				holdout.duels(), holdout.accuracy(), holdout.bayesAccuracy(), currentSmileVersion(),
				currentJavaVersion(), "", 0, lineage, gate);
	}

	/** This manifest for the artifact {@code bytes} long with checksum {@code sha256}. */
	public ModelManifest withArtifact(String newSha256, long bytes) {
		return new ModelManifest(this.version, this.createdAt, this.featureSchemaVersion, this.options,
				this.trainingRows, this.holdoutRows, this.holdoutAccuracy, this.bayesAccuracy, this.smileVersion,
				this.javaVersion, newSha256, bytes, this.lineage, this.gate);
	}

	public ModelManifest withGate(Gate newGate) {
		return new ModelManifest(this.version, this.createdAt, this.featureSchemaVersion, this.options,
				this.trainingRows, this.holdoutRows, this.holdoutAccuracy, this.bayesAccuracy, this.smileVersion,
				this.javaVersion, this.sha256, this.artifactBytes, this.lineage, newGate);
	}

	/**
	 * The Smile version on the class path ({@code unknown} if its jar does not say).
	 */
	public static String currentSmileVersion() {
		String version = smile.regression.RandomForest.class.getPackage().getImplementationVersion();
		return (version != null) ? version : "unknown";
	}

	public static String currentJavaVersion() {
		return Runtime.version().toString();
	}

	/**
	 * The data a version was trained on.
	 *
	 * @param etlRunId the ETL run whose curated data was read, if any
	 * @param syntheticDuels simulated duels trained on
	 * @param recordedDuels recorded duel results trained on
	 */
	public record Lineage(@Nullable String etlRunId, long syntheticDuels, long recordedDuels) {
	}

	/**
	 * The evaluation gate's verdict on a version.
	 *
	 * @param verdict promoted to champion, rejected, or only registered
	 * @param reason why, for people
	 * @param championVersion the champion it was compared with, if any
	 * @param championAccuracy that champion's accuracy on the same holdout, if any
	 */
	public record Gate(GateVerdict verdict, String reason, @Nullable String championVersion,
			@Nullable Double championAccuracy) {

		public Gate {
			Objects.requireNonNull(verdict, "verdict");
			Objects.requireNonNull(reason, "reason");
		}

	}

	public enum GateVerdict {

		PROMOTED, REJECTED, REGISTERED

	}

}

package dev.scaleswell.etl.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What one {@code run} did: written as JSON for the workflow's artifact and pushed as
 * metrics.
 *
 * @param runId the curate run this report belongs to ({@code null} when curate failed
 * before choosing one)
 * @param startedAt when the run started
 * @param finishedAt when the run ended
 * @param succeeded whether every step succeeded or was skipped
 * @param failure one line saying why the run failed
 * @param steps each step with its outcome and duration, in order
 * @param records counts by dataset and outcome ({@code curated}, {@code duplicate},
 * {@code quarantined})
 * @param model the model trained in this run, if any
 * @param drift the drift measured in this run, if any
 */
public record RunReport(@Nullable String runId, Instant startedAt, Instant finishedAt, boolean succeeded,
		@Nullable String failure, List<StepTiming> steps, Map<String, Map<String, Long>> records,
		@Nullable ModelSummary model, @Nullable DriftSummary drift, List<OnlineSummary> online) {

	/**
	 * The model a run trained and what the gate decided.
	 *
	 * @param version the new version
	 * @param holdoutAccuracy its accuracy on its holdout
	 * @param verdict {@code PROMOTED}, {@code REJECTED} or {@code REGISTERED}
	 * @param reason why
	 * @param champion the champion after the gate
	 */
	public record ModelSummary(String version, double holdoutAccuracy, String verdict, String reason,
			@Nullable String champion) {
	}

	/**
	 * The drift a run measured.
	 *
	 * @param reportKey the S3 key of the full drift report
	 * @param psi population stability index by feature
	 * @param drifted whether any feature is above the threshold
	 */
	public record DriftSummary(String reportKey, Map<String, Double> psi, boolean drifted) {
	}

	/**
	 * A serving version's online figures after the run's evaluate step.
	 *
	 * @param version the version
	 * @param variant {@code champion}, {@code challenger} or {@code previous}
	 * @param holdoutAccuracy its offline accuracy
	 * @param duels recorded duels it scored, cumulative
	 * @param accuracy its online accuracy ({@code NaN} before any duel)
	 * @param logLoss its mean log-loss ({@code NaN} before any duel)
	 * @param verdict for the challenger, the verdict against the champion
	 * ({@code better}, {@code worse}, {@code inconclusive}); {@code null} otherwise
	 * @param calibration the calibration bins that hold duels
	 */
	public record OnlineSummary(String version, String variant, double holdoutAccuracy, long duels, double accuracy,
			double logLoss, @Nullable String verdict, List<CalibrationPoint> calibration) {
	}

	/**
	 * One calibration bin.
	 *
	 * @param bin the bin's lower edge, {@code "0.0"} to {@code "0.9"}
	 * @param predicted the mean predicted probability in it
	 * @param observed how often the favoured side won in it
	 */
	public record CalibrationPoint(String bin, double predicted, double observed) {
	}

}

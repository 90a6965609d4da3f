package dev.scaleswell.model.evaluation;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What {@code models/duel/versions/<v>/online.json} holds: a version's cumulative figures
 * on recorded duels that happened after it was published, and, for a challenger, its
 * paired comparison with the champion it served beside. Written by the ETL's evaluate
 * step only.
 *
 * @param version the model version
 * @param updatedAt when the ETL last added duels
 * @param throughRunId the last committed ETL run whose curated duels are counted: a run
 * is never counted twice
 * @param scores the cumulative figures
 * @param paired for a challenger, the comparison with the champion; {@code null}
 * otherwise
 */
public record OnlineEvaluation(String version, Instant updatedAt, @Nullable String throughRunId, OnlineScores scores,
		@Nullable Paired paired) {

	public static OnlineEvaluation empty(String version, Instant at) {
		return new OnlineEvaluation(version, at, null, OnlineScores.empty(), null);
	}

	/**
	 * A challenger's comparison with one champion; it starts over when the champion
	 * changes.
	 *
	 * @param championVersion the champion the duels were paired with
	 * @param comparison the running sums of the paired log-loss differences
	 * @param verdict the verdict on them, as last decided
	 */
	public record Paired(String championVersion, PairedComparison comparison, Verdict verdict) {
	}

}

package dev.scaleswell.etl.drift;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A run's drift report, stored at {@code reports/drift/<runId>.json}.
 *
 * @param runId the ETL run whose new submissions were measured
 * @param createdAt when it was measured
 * @param status {@code measured}, {@code no-reference} (no champion or no reference
 * stored with it) or {@code no-new-submissions}
 * @param championVersion the model whose training population is the reference
 * @param threshold PSI above which a feature counts as drifted
 * @param referenceCount warriors in the reference population
 * @param currentCount new submissions measured
 * @param age the age feature (PSI over {@link AgeBuckets}, and KS)
 * @param hero the hero mix
 * @param drifted whether any feature's PSI is above the threshold
 */
public record DriftReport(String runId, Instant createdAt, String status, @Nullable String championVersion,
		double threshold, long referenceCount, long currentCount, @Nullable Feature age, @Nullable Feature hero,
		boolean drifted) {

	public static final String MEASURED = "measured";

	public static final String NO_REFERENCE = "no-reference";

	public static final String NO_NEW_SUBMISSIONS = "no-new-submissions";

	/**
	 * One feature's drift.
	 *
	 * @param psi population stability index
	 * @param ksStatistic two-sample KS distance (age only)
	 * @param ksPValue its asymptotic p-value (age only)
	 * @param drifted whether the PSI is above the threshold
	 * @param bins each bin's share in the reference and in the new submissions
	 */
	public record Feature(double psi, @Nullable Double ksStatistic, @Nullable Double ksPValue, boolean drifted,
			List<Bin> bins) {
	}

	/** One bin's share of the reference and of the current population. */
	public record Bin(String bin, double reference, double current) {
	}

}

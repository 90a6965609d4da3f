package dev.scaleswell.analytics.aggregate;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Which committed lake state a set of aggregates describes; all {@code null} before the
 * first ETL run.
 *
 * @param dataAsOf when the ETL run committed the data
 * @param etlRunId the run that committed it
 * @param modelVersion the champion model that rated the users
 */
public record DataVersion(@Nullable Instant dataAsOf, @Nullable String etlRunId, @Nullable String modelVersion) {

	public static final DataVersion NONE = new DataVersion(null, null, null);

}

package dev.scaleswell.lake.aggregate;

import java.time.Instant;

import dev.scaleswell.model.lake.EtlManifest;

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

	/** The state {@code manifest} commits. */
	public static DataVersion of(EtlManifest manifest) {
		return new DataVersion(manifest.committedAt(), manifest.runId(), manifest.modelVersion());
	}

}

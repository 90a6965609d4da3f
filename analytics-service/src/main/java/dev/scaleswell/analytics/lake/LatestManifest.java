package dev.scaleswell.analytics.lake;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The part of {@code _manifests/etl/latest.json} that analytics reads: which curated
 * files make up the committed lake, and what the train step added to it. A private reader
 * of the contract's JSON until common-model's {@code EtlManifest} is merged.
 *
 * @param runId the ETL run that committed this state
 * @param committedAt when it was committed
 * @param usersFiles the users snapshot files of that run
 * @param curatedFiles every committed curated file, by dataset path
 * @param modelVersion the champion that rated the users, if any
 * @param driftReport key of the latest drift report, if any
 */
public record LatestManifest(String runId, Instant committedAt, @Nullable List<String> usersFiles,
		@Nullable Map<String, List<String>> curatedFiles, @Nullable String modelVersion, @Nullable String driftReport) {

	/** The committed files of one curated dataset, none when the manifest names none. */
	public List<String> curated(String datasetPath) {
		return (this.curatedFiles != null) ? this.curatedFiles.getOrDefault(datasetPath, List.of()) : List.of();
	}

	public List<String> users() {
		return (this.usersFiles != null) ? this.usersFiles : List.of();
	}

}

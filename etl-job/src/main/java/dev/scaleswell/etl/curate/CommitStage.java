package dev.scaleswell.etl.curate;

/**
 * The points of curate's commit protocol, in order. A run that stops before
 * {@link #COMMITTED} leaves nothing that readers or the next run use.
 */
public enum CommitStage {

	/** Curated, quarantine and users files and the day states are written. */
	DATA_WRITTEN,

	/** {@code _manifests/etl/runs/<runId>.json} is written. */
	RUN_MANIFEST_WRITTEN,

	/** {@code _manifests/etl/latest.json} names the run. */
	COMMITTED

}

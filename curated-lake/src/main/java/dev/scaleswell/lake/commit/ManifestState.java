package dev.scaleswell.lake.commit;

import dev.scaleswell.model.lake.EtlManifest;

/**
 * What a conditional read of {@code latest.json} found.
 */
public sealed interface ManifestState {

	/** The object still has the ETag the caller already holds. */
	record Unchanged() implements ManifestState {
	}

	/** No ETL run has committed yet: the lake is empty. */
	record Absent() implements ManifestState {
	}

	/** A manifest the caller has not seen, with its ETag. */
	record Changed(EtlManifest manifest, String etag) implements ManifestState {
	}

}

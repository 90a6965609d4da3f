package dev.scaleswell.etl.run;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import dev.scaleswell.lake.commit.ManifestStore;
import dev.scaleswell.model.registry.ModelManifest;
import dev.scaleswell.model.registry.ModelRegistry;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The curate step of {@code run --skip-curate}, when another engine (etl-spark) curates:
 * nothing is curated here, and the committed lake state counts as new data until a model
 * was trained on it (the newest registered version's lineage names its run), so the run
 * after each Spark commit trains once.
 */
final class CuratedElsewhere implements Supplier<CurateOutcome> {

	private final ManifestStore manifests;

	private final ModelRegistry registry;

	private final String runId;

	/**
	 * @param runId this run's id, reported while nothing is committed
	 */
	CuratedElsewhere(S3Client s3, String bucket, String runId) {
		this.manifests = new ManifestStore(s3, bucket);
		this.registry = new ModelRegistry(s3, bucket);
		this.runId = runId;
	}

	@Override
	public CurateOutcome get() {
		Optional<ManifestStore.Versioned> latest = this.manifests.latest();
		if (latest.isEmpty()) {
			return new CurateOutcome(this.runId, false, Map.of(), "skipped (curated elsewhere): nothing committed yet");
		}
		String committed = latest.get().manifest().runId();
		List<String> versions = this.registry.versions();
		String trainedOn = versions.isEmpty() ? null
				: this.registry.manifest(versions.getLast())
					.map(ModelManifest::lineage)
					.map(ModelManifest.Lineage::etlRunId)
					.orElse(null);
		boolean untrained = !Objects.equals(committed, trainedOn);
		return new CurateOutcome(committed, untrained, Map.of(), "skipped (curated elsewhere): run " + committed
				+ (untrained ? " not trained on yet" : " already trained on"));
	}

}

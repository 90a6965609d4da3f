package dev.scaleswell.etl.run;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import dev.scaleswell.lake.commit.ManifestStore;
import dev.scaleswell.lake.commit.RunManifest;
import dev.scaleswell.lake.curate.DayStates;
import dev.scaleswell.lake.curate.RawInventory;
import dev.scaleswell.model.lake.LakeLayout;
import dev.scaleswell.model.record.Dataset;
import dev.scaleswell.model.registry.ModelRegistry;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The curate step of {@code run --skip-curate}, when another engine (etl-spark) curates.
 * Nothing is curated here: the step checks that the other engine keeps up, failing (so
 * the run fails and the ETL's staleness alert fires) when a raw object has waited longer
 * than the allowed lag; and the committed lake state counts as new data until a model was
 * trained on it (the newest registered version's lineage names its run), so the run after
 * each commit of the other engine trains once.
 */
final class CuratedElsewhere implements Supplier<CurateOutcome> {

	private static final int NEWEST_VERSIONS = 5;

	private final S3Client s3;

	private final String bucket;

	private final ManifestStore manifests;

	private final ModelRegistry registry;

	private final String runId;

	private final Duration allowedLag;

	private final Clock clock;

	/**
	 * @param runId this run's id, reported while nothing is committed
	 * @param allowedLag how long a raw object may wait for the other engine
	 */
	CuratedElsewhere(S3Client s3, String bucket, String runId, Duration allowedLag, Clock clock) {
		this.s3 = s3;
		this.bucket = bucket;
		this.manifests = new ManifestStore(s3, bucket);
		this.registry = new ModelRegistry(s3, bucket);
		this.runId = runId;
		this.allowedLag = allowedLag;
		this.clock = clock;
	}

	@Override
	public CurateOutcome get() {
		Optional<ManifestStore.Versioned> latest = this.manifests.latest();
		checkBacklog(latest);
		if (latest.isEmpty()) {
			return new CurateOutcome(this.runId, false, Map.of(), "skipped (curated elsewhere): nothing committed yet");
		}
		String committed = latest.get().manifest().runId();
		boolean untrained = !trainedOn(committed);
		return new CurateOutcome(committed, untrained, Map.of(), "skipped (curated elsewhere): run " + committed
				+ (untrained ? " not trained on yet" : " already trained on"));
	}

	/**
	 * Whether one of the newest versions was trained on run {@code runId}: version ids
	 * sort by the second they were made in, then at random, so the newest is among the
	 * last few.
	 */
	private boolean trainedOn(String runId) {
		List<String> versions = this.registry.versions();
		return versions.subList(Math.max(0, versions.size() - NEWEST_VERSIONS), versions.size())
			.stream()
			.flatMap((version) -> this.registry.manifest(version).stream())
			.anyMatch((manifest) -> runId.equals(manifest.lineage().etlRunId()));
	}

	private void checkBacklog(Optional<ManifestStore.Versioned> latest) {
		RunManifest run = latest.map((committed) -> this.manifests.run(committed.manifest().runId())).orElse(null);
		DayStates states = new DayStates(this.s3, this.bucket, (run != null) ? run.days() : Map.of());
		// the inventory's late tolerance only decides sealing, which is not stored here
		RawInventory inventory = new RawInventory(this.s3, this.bucket, Duration.ofDays(1));
		Instant now = this.clock.instant();
		for (Dataset dataset : Dataset.values()) {
			for (String key : inventory.unprocessed(dataset, states, now)) {
				Instant written = Instant.ofEpochMilli(LakeLayout.parseRawKey(key).orElseThrow().epochMillis());
				if (Duration.between(written, now).compareTo(this.allowedLag) > 0) {
					throw new IllegalStateException("raw object " + key + " has waited since " + written
							+ " for the other curate engine (allowed lag " + this.allowedLag + ")");
				}
			}
		}
	}

}

package dev.scaleswell.spark.curate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.scaleswell.lake.commit.Fence;
import dev.scaleswell.lake.commit.ManifestStore;
import dev.scaleswell.lake.commit.RunManifest;
import dev.scaleswell.lake.commit.RunManifest.Counts;
import dev.scaleswell.lake.commit.RunManifest.DatasetRun;
import dev.scaleswell.lake.curate.DayStates;
import dev.scaleswell.lake.curate.RawInventory;
import dev.scaleswell.lake.curate.RunCommit;
import dev.scaleswell.model.record.Dataset;
import dev.scaleswell.model.s3.S3Properties;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The curate step on Spark, run by the driver while it holds the ETL lease: the same
 * inventory, day states and commit as etl-job's, with the per-record work on the
 * executors. A run that finds no new raw object writes nothing; a run that stops before
 * the commit leaves the committed state as it was, whichever engine runs next.
 */
public final class SparkCurate {

	private static final Logger log = LoggerFactory.getLogger(SparkCurate.class);

	private final JavaSparkContext spark;

	private final S3Properties lake;

	private final S3Client s3;

	private final Duration lateTolerance;

	private final long targetFileBytes;

	private final long rowsPerTask;

	private final Clock clock;

	/**
	 * @param targetFileBytes a curated file is closed and another started past this size
	 * @param rowsPerTask the rows of one {@code dt} day that one task writes, at most
	 */
	public SparkCurate(JavaSparkContext spark, S3Properties lake, S3Client s3, Duration lateTolerance,
			long targetFileBytes, long rowsPerTask, Clock clock) {
		this.spark = spark;
		this.lake = lake;
		this.s3 = s3;
		this.lateTolerance = lateTolerance;
		this.targetFileBytes = targetFileBytes;
		this.rowsPerTask = rowsPerTask;
		this.clock = clock;
	}

	/** What a run did: committed or not, and per dataset what the manifest records. */
	public record Outcome(String runId, boolean committed, Map<Dataset, Counts> counts) {
	}

	/**
	 * Curates as run {@code runId}; {@code fence} is checked right before the commit.
	 * @throws dev.scaleswell.lake.commit.LeaseLostException if the run lost the ETL lease
	 */
	public Outcome run(String runId, Fence fence) {
		Instant started = this.clock.instant();
		String bucket = this.lake.bucket();
		ManifestStore manifests = new ManifestStore(this.s3, bucket);
		ManifestStore.Versioned latest = manifests.latest().orElse(null);
		RunManifest previousRun = (latest != null) ? manifests.run(latest.manifest().runId()) : null;
		DayStates states = new DayStates(this.s3, bucket, (previousRun != null) ? previousRun.days() : Map.of());
		RawInventory inventory = new RawInventory(this.s3, bucket, this.lateTolerance);
		Map<Dataset, DatasetRun> runs = new EnumMap<>(Dataset.class);
		Map<String, Long> durations = new LinkedHashMap<>();
		JavaRDD<Candidate> submissions = this.spark.emptyRDD();
		boolean anyInput = false;
		try {
			for (Dataset dataset : Dataset.values()) {
				Instant stepStart = this.clock.instant();
				List<String> keys = inventory.unprocessed(dataset, states, stepStart);
				anyInput |= !keys.isEmpty();
				log.info("Curating {} new raw objects of {} on Spark", keys.size(), dataset.path());
				DatasetOnSpark.Result result = new DatasetOnSpark(this.spark, this.lake, dataset, runId,
						this.targetFileBytes, this.rowsPerTask)
					.curate(keys, states);
				runs.put(dataset, result.run());
				if (dataset == Dataset.SUBMISSIONS) {
					submissions = result.kept();
				}
				else {
					result.kept().unpersist(false);
				}
				durations.put("curate-" + dataset.path(), Duration.between(stepStart, this.clock.instant()).toMillis());
			}
			if (!anyInput) {
				log.info("No new raw objects: nothing to curate, latest.json unchanged");
				return new Outcome(runId, false, counts(runs));
			}
			Instant usersStart = this.clock.instant();
			UsersSnapshotOnSpark.Snapshot users = (runs.get(Dataset.SUBMISSIONS).counts().written() == 0) ? null
					: new UsersSnapshotOnSpark(this.spark, this.lake, this.targetFileBytes).rebuild(runId, submissions,
							(latest != null) ? latest.manifest().usersFiles() : List.of());
			durations.put("users", Duration.between(usersStart, this.clock.instant()).toMillis());
			RunCommit.Curated curated = new RunCommit.Curated(runId, started, runs, filesOf(users),
					(users != null) ? users.users() : 0, durations, states.store(runId));
			RunCommit commit = new RunCommit(this.s3, bucket, this.clock);
			commit.writeRunManifest(curated, latest);
			commit.commit(curated, latest, fence);
			log.info("Committed run {}: {} submissions and {} duel results curated on Spark in {} ms", runId,
					runs.get(Dataset.SUBMISSIONS).counts().written(), runs.get(Dataset.DUEL_RESULTS).counts().written(),
					Duration.between(started, this.clock.instant()).toMillis());
			return new Outcome(runId, true, counts(runs));
		}
		finally {
			submissions.unpersist(false);
		}
	}

	private static @Nullable List<String> filesOf(UsersSnapshotOnSpark.@Nullable Snapshot users) {
		return (users != null) ? users.files() : null;
	}

	private static Map<Dataset, Counts> counts(Map<Dataset, DatasetRun> runs) {
		Map<Dataset, Counts> counts = new EnumMap<>(Dataset.class);
		runs.forEach((dataset, run) -> counts.put(dataset, run.counts()));
		return counts;
	}

}

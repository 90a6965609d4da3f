package dev.scaleswell.etl.curate;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import dev.scaleswell.lake.parquet.WorkDirectory;
import dev.scaleswell.lake.parquet.CuratedFiles;
import dev.scaleswell.lake.curate.DayStates;
import dev.scaleswell.lake.curate.RawInventory;
import dev.scaleswell.lake.curate.RunCommit;
import dev.scaleswell.lake.curate.UsersAggregate;
import dev.scaleswell.lake.commit.Fence;
import dev.scaleswell.lake.commit.ManifestStore;
import dev.scaleswell.lake.parquet.ParquetPart;
import dev.scaleswell.lake.commit.RunManifest;
import dev.scaleswell.lake.commit.RunManifest.Counts;
import dev.scaleswell.lake.commit.RunManifest.DatasetRun;
import dev.scaleswell.lake.schema.UserRow;
import dev.scaleswell.model.lake.LakeLayout;
import dev.scaleswell.model.record.Dataset;
import dev.scaleswell.model.record.JsonLinesCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The curate step as a Java API (the {@code curate} and {@code run} commands call it
 * while holding the {@link dev.scaleswell.lake.commit.EtlLock}): every unprocessed raw
 * object to curated Parquet, then the commit protocol.
 * <ol>
 * <li>data files: curated parts, quarantine parts, the users snapshot, the day states
 * (all under keys that name this run, invisible until committed);</li>
 * <li>{@code _manifests/etl/runs/<runId>.json};</li>
 * <li>{@code _manifests/etl/latest.json}, replaced conditionally on the ETag read at the
 * start, once the {@link Fence} confirmed that the run still holds the ETL lease.</li>
 * </ol>
 * A run that stops anywhere before the last write leaves the committed state as it was,
 * and the next run redoes its work under a new run id. A run that finds no new raw object
 * writes nothing.
 */
public final class CurateStep {

	private static final Logger log = LoggerFactory.getLogger(CurateStep.class);

	private final S3Client s3;

	private final String bucket;

	private final CurateOptions options;

	private final Clock clock;

	private final JsonLinesCodec codec = JsonLinesCodec.standard();

	private final ManifestStore manifests;

	private Consumer<CommitStage> checkpoint = (stage) -> {
	};

	public CurateStep(S3Client s3, String bucket, CurateOptions options, Clock clock) {
		this.s3 = s3;
		this.bucket = bucket;
		this.options = options;
		this.clock = clock;
		this.manifests = new ManifestStore(s3, bucket);
	}

	/** Called as each commit stage completes (progress logging, failure injection). */
	public CurateStep onCheckpoint(Consumer<CommitStage> listener) {
		this.checkpoint = listener;
		return this;
	}

	/**
	 * Curates as run {@code runId}; {@code fence} is checked right before the commit.
	 * @throws dev.scaleswell.lake.commit.LeaseLostException if the run lost the ETL lease
	 */
	public CurateResult run(String runId, Fence fence) {
		Instant started = this.clock.instant();
		Map<String, Long> durations = new LinkedHashMap<>();
		ManifestStore.Versioned latest = this.manifests.latest().orElse(null);
		RunManifest previousRun = (latest != null) ? this.manifests.run(latest.manifest().runId()) : null;
		DayStates states = new DayStates(this.s3, this.bucket, (previousRun != null) ? previousRun.days() : Map.of());
		WorkDirectory directory = WorkDirectory.create();
		Path work = directory.path();
		ExecutorService pool = Executors.newFixedThreadPool(this.options.parallelism(),
				Thread.ofPlatform().name("curate-", 0).daemon().factory());
		try {
			RawInventory inventory = new RawInventory(this.s3, this.bucket, this.options.lateTolerance());
			RawObjectReader reader = new RawObjectReader(this.s3, this.bucket, this.codec, pool,
					this.options.parallelism());
			UsersAggregate users = new UsersAggregate();
			Map<Dataset, DatasetRun> runs = new EnumMap<>(Dataset.class);
			boolean anyInput = false;
			for (Dataset dataset : Dataset.values()) {
				Instant stepStart = this.clock.instant();
				List<String> keys = inventory.unprocessed(dataset, states, stepStart);
				anyInput |= !keys.isEmpty();
				DatasetCurator curator = new DatasetCurator(this.s3, this.bucket, dataset, runId, work,
						this.options.targetFileBytes(), states, users);
				Progress progress = new Progress(dataset, keys.size(), this.clock);
				reader.read(dataset, keys, (object) -> {
					curator.accept(object);
					progress.objectDone(curator.written());
				});
				runs.put(dataset, curator.finish());
				progress.done(runs.get(dataset).counts());
				durations.put("curate-" + dataset.path(), Duration.between(stepStart, this.clock.instant()).toMillis());
			}
			if (!anyInput) {
				log.info("No new raw objects: nothing to curate, latest.json unchanged");
				return new CurateResult(runId, false, (latest != null) ? latest.manifest() : null,
						(latest != null) ? latest.etag() : null, counts(runs));
			}
			Instant usersStart = this.clock.instant();
			List<String> usersFiles = users.isEmpty() ? null
					: writeUsers(runId, users, (latest != null) ? latest.manifest().usersFiles() : List.of(), work);
			durations.put("users", Duration.between(usersStart, this.clock.instant()).toMillis());
			RunCommit.Curated curated = new RunCommit.Curated(runId, started, runs, usersFiles, users.size(), durations,
					states.store(runId));
			this.checkpoint.accept(CommitStage.DATA_WRITTEN);
			RunCommit commit = new RunCommit(this.s3, this.bucket, this.clock);
			commit.writeRunManifest(curated, latest);
			this.checkpoint.accept(CommitStage.RUN_MANIFEST_WRITTEN);
			ManifestStore.Versioned committed = commit.commit(curated, latest, fence);
			this.checkpoint.accept(CommitStage.COMMITTED);
			log.info("Committed run {}: {} submissions and {} duel results curated in {} ms", runId,
					runs.get(Dataset.SUBMISSIONS).counts().written(), runs.get(Dataset.DUEL_RESULTS).counts().written(),
					Duration.between(started, this.clock.instant()).toMillis());
			return new CurateResult(runId, true, committed.manifest(), committed.etag(), counts(runs));
		}
		finally {
			pool.shutdownNow();
			directory.close();
		}
	}

	private List<String> writeUsers(String runId, UsersAggregate users, List<String> previousFiles, Path work) {
		CuratedFiles files = new CuratedFiles(this.s3, this.bucket);
		for (String key : previousFiles) {
			files.read(key, (record) -> users.merge(UserRow.fromAvro(record)));
		}
		List<String> written = new ArrayList<>();
		ParquetPart<UserRow> part = null;
		for (UserRow row : users.rows()) {
			if (part == null || part.full(this.options.targetFileBytes())) {
				if (part != null) {
					part.upload(this.s3, this.bucket);
					written.add(part.key());
				}
				part = ParquetPart.open(work, LakeLayout.usersKey(runId, written.size()), new UserRow.Writer());
			}
			part.write(row);
		}
		if (part != null) {
			part.upload(this.s3, this.bucket);
			written.add(part.key());
		}
		return written;
	}

	private static Map<Dataset, Counts> counts(Map<Dataset, DatasetRun> runs) {
		Map<Dataset, Counts> counts = new EnumMap<>(Dataset.class);
		runs.forEach((dataset, run) -> counts.put(dataset, run.counts()));
		return counts;
	}

	/** Logs records and records/s every few seconds while a dataset is curated. */
	private static final class Progress {

		private static final Duration EVERY = Duration.ofSeconds(5);

		private final Dataset dataset;

		private final int objects;

		private final Clock clock;

		private final Instant start;

		private Instant nextLog;

		private int done;

		Progress(Dataset dataset, int objects, Clock clock) {
			this.dataset = dataset;
			this.objects = objects;
			this.clock = clock;
			this.start = clock.instant();
			this.nextLog = this.start.plus(EVERY);
			if (objects > 0) {
				log.info("Curating {} new raw objects of {}", objects, dataset.path());
			}
		}

		void objectDone(long written) {
			this.done++;
			Instant now = this.clock.instant();
			if (now.isAfter(this.nextLog)) {
				this.nextLog = now.plus(EVERY);
				log.info("{}: {}/{} objects, {} records written ({} records/s)", this.dataset.path(), this.done,
						this.objects, written, rate(written, now));
			}
		}

		void done(Counts counts) {
			if (this.objects > 0) {
				log.info("{}: {} objects, {} lines read, {} quarantined, {} duplicates, {} written ({} records/s)",
						this.dataset.path(), counts.rawObjects(), counts.read(), counts.quarantined(),
						counts.duplicate(), counts.written(), rate(counts.read(), this.clock.instant()));
			}
		}

		private long rate(long records, Instant now) {
			long millis = Math.max(1, Duration.between(this.start, now).toMillis());
			return records * 1000 / millis;
		}

	}

}

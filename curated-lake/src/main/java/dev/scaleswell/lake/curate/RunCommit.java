package dev.scaleswell.lake.curate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import dev.scaleswell.lake.aggregate.PublishedAggregates;
import dev.scaleswell.lake.commit.Fence;
import dev.scaleswell.lake.commit.ManifestStore;
import dev.scaleswell.lake.commit.RunManifest;
import dev.scaleswell.lake.commit.RunManifest.DatasetRun;
import dev.scaleswell.lake.commit.RunManifest.DayPointer;
import dev.scaleswell.model.hero.HeroCatalog;
import dev.scaleswell.model.lake.EtlManifest;
import dev.scaleswell.model.lake.EtlManifest.Totals;
import dev.scaleswell.model.record.Dataset;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The end of a curate run, the same whichever engine curated: once every data file is
 * written, {@code _manifests/etl/runs/<runId>.json}, the aggregates analytics serves, and
 * {@code latest.json} replaced on the ETag read at the run's start, after the
 * {@link Fence} confirmed that the run still holds the ETL lease.
 */
public final class RunCommit {

	private final ManifestStore manifests;

	private final PublishedAggregates aggregates;

	private final Clock clock;

	public RunCommit(S3Client s3, String bucket, Clock clock) {
		this.manifests = new ManifestStore(s3, bucket);
		this.aggregates = new PublishedAggregates(s3, bucket, HeroCatalog.standard());
		this.clock = clock;
	}

	/**
	 * What a run wrote.
	 *
	 * @param newUsersFiles the rebuilt users snapshot, or {@code null} when the run
	 * curated no submission and the previous snapshot stands
	 * @param users the rebuilt snapshot's size (ignored when it was not rebuilt)
	 * @param days the day-state pointers after this run
	 */
	public record Curated(String runId, Instant startedAt, Map<Dataset, DatasetRun> runs,
			@Nullable List<String> newUsersFiles, long users, Map<String, Long> durations,
			Map<String, SortedMap<LocalDate, DayPointer>> days) {
	}

	/** Writes the run manifest; the run is still invisible to readers. */
	public void writeRunManifest(Curated run, ManifestStore.@Nullable Versioned latest) {
		Map<String, DatasetRun> byPath = new LinkedHashMap<>();
		run.runs().forEach((dataset, datasetRun) -> byPath.put(dataset.path(), datasetRun));
		this.manifests.writeRun(new RunManifest(run.runId(), (latest != null) ? latest.manifest().runId() : null,
				run.startedAt(), this.clock.instant(), byPath,
				(run.newUsersFiles() != null) ? run.newUsersFiles() : List.of(), run.durations(), run.days()));
	}

	/**
	 * Publishes the aggregates of the new state and commits it.
	 * @return the committed manifest and its ETag
	 * @throws dev.scaleswell.lake.commit.LeaseLostException if the run lost the ETL lease
	 */
	public ManifestStore.Versioned commit(Curated run, ManifestStore.@Nullable Versioned latest, Fence fence) {
		// published with the commit, so no analytics replica ever scans the users for it
		EtlManifest manifest = this.aggregates.publish(nextManifest(run, latest));
		fence.check();
		String etag = this.manifests.commit(manifest, (latest != null) ? latest.etag() : null);
		return new ManifestStore.Versioned(manifest, etag);
	}

	private EtlManifest nextManifest(Curated run, ManifestStore.@Nullable Versioned latest) {
		Map<String, List<String>> curated = new LinkedHashMap<>();
		for (Dataset dataset : Dataset.values()) {
			List<String> files = new ArrayList<>();
			if (latest != null) {
				files.addAll(latest.manifest().curatedFiles(dataset));
			}
			files.addAll(run.runs().get(dataset).curatedFiles());
			curated.put(dataset.path(), files);
		}
		List<String> usersFiles = (run.newUsersFiles() != null) ? run.newUsersFiles()
				: (latest != null) ? latest.manifest().usersFiles() : List.of();
		long users = (run.newUsersFiles() != null || latest == null) ? run.users() : latest.manifest().totals().users();
		Totals before = (latest != null) ? latest.manifest().totals() : Totals.NONE;
		Totals totals = new Totals(before.submissions() + run.runs().get(Dataset.SUBMISSIONS).counts().written(),
				before.duelResults() + run.runs().get(Dataset.DUEL_RESULTS).counts().written(), users);
		// the users snapshot changed, so any rating of the previous one no longer applies
		boolean sameUsers = latest != null && latest.manifest().usersFiles().equals(usersFiles);
		return new EtlManifest(run.runId(), this.clock.instant(), usersFiles, curated, totals,
				sameUsers ? latest.manifest().modelVersion() : null, null);
	}

}

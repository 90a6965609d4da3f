package dev.scaleswell.lake.commit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import org.jspecify.annotations.Nullable;

/**
 * One run's record, {@code _manifests/etl/runs/<runId>.json}, written after its data
 * files and before {@code latest.json}.
 *
 * @param runId the run
 * @param previousRunId the run committed before it, {@code null} for the first
 * @param startedAt when it started
 * @param finishedAt when its data files and state were written
 * @param datasets per dataset path: inputs, outputs and counts
 * @param usersFiles the users snapshot this run wrote (empty when it wrote none)
 * @param durationsMillis per step name, how long it took
 * @param days per dataset path and day, the current bookkeeping state: carried forward
 * from the previous run and replaced for the days this run touched
 */
public record RunManifest(String runId, @Nullable String previousRunId, Instant startedAt, Instant finishedAt,
		Map<String, DatasetRun> datasets, List<String> usersFiles, Map<String, Long> durationsMillis,
		Map<String, SortedMap<LocalDate, DayPointer>> days) {

	/**
	 * What one run did with one dataset.
	 *
	 * @param inputs the raw objects processed, in key order
	 * @param curatedFiles the curated files written
	 * @param quarantineFiles the quarantine files written
	 * @param counts the record counts
	 */
	public record DatasetRun(List<String> inputs, List<String> curatedFiles, List<String> quarantineFiles,
			Counts counts) {
	}

	/**
	 * Record counts of one dataset in one run: {@code read = valid + quarantined} lines,
	 * {@code valid = duplicate + written}; {@code corruptObjects} raw objects were
	 * quarantined whole and their lines are not counted.
	 */
	public record Counts(long rawObjects, long corruptObjects, long read, long valid, long quarantined, long duplicate,
			long written) {

		public static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0);

	}

	/**
	 * Where one day's bookkeeping is, and whether the day is sealed: listed completely
	 * after the late-arrival tolerance had passed, so it is never listed again.
	 */
	public record DayPointer(String stateKey, boolean sealed) {
	}

}

package dev.scaleswell.lake.curate;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import dev.scaleswell.lake.commit.RunManifest.DayPointer;
import dev.scaleswell.model.lake.LakeLayout;
import dev.scaleswell.model.record.Dataset;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The day states as of the last committed run, loaded when first needed, and the new
 * versions this run writes. Not thread-safe: one thread curates.
 */
public final class DayStates {

	private final S3Client s3;

	private final String bucket;

	private final Map<String, SortedMap<LocalDate, DayPointer>> pointers = new HashMap<>();

	private final Map<Dataset, Map<LocalDate, DayState>> loaded = new HashMap<>();

	public DayStates(S3Client s3, String bucket, Map<String, SortedMap<LocalDate, DayPointer>> committed) {
		this.s3 = s3;
		this.bucket = bucket;
		committed.forEach((dataset, days) -> this.pointers.put(dataset, new TreeMap<>(days)));
	}

	public boolean isSealed(Dataset dataset, LocalDate day) {
		DayPointer pointer = days(dataset).get(day);
		return pointer != null && pointer.sealed();
	}

	/** The state of {@code day}, empty if no run has recorded it. */
	public DayState get(Dataset dataset, LocalDate day) {
		return this.loaded.computeIfAbsent(dataset, (d) -> new HashMap<>()).computeIfAbsent(day, (d) -> {
			DayPointer pointer = days(dataset).get(day);
			return (pointer == null || pointer.stateKey().isEmpty()) ? DayState.empty()
					: DayState.load(this.s3, this.bucket, pointer.stateKey());
		});
	}

	/**
	 * The key of the state of {@code day} as last committed, if there is one, for code
	 * that loads it elsewhere (Spark's executors).
	 */
	public Optional<String> committedStateKey(Dataset dataset, LocalDate day) {
		DayPointer pointer = days(dataset).get(day);
		return (pointer == null || pointer.stateKey().isEmpty()) ? Optional.empty() : Optional.of(pointer.stateKey());
	}

	/**
	 * Records a new version of the state of {@code day} that was stored elsewhere under
	 * {@code stateKey} (by a Spark task); this object must not have changed that day.
	 */
	public void stored(Dataset dataset, LocalDate day, String stateKey) {
		DayState own = this.loaded.getOrDefault(dataset, Map.of()).get(day);
		if (own != null && own.changed()) {
			throw new IllegalStateException("day " + day + " of " + dataset.path() + " changed in two places");
		}
		days(dataset).put(day, new DayPointer(stateKey, isSealed(dataset, day)));
	}

	/** Marks {@code day} as listed completely after its late-arrival tolerance. */
	public void seal(Dataset dataset, LocalDate day) {
		DayPointer pointer = days(dataset).get(day);
		// a day without a state yet gets its key when store() writes one
		days(dataset).put(day, new DayPointer((pointer != null) ? pointer.stateKey() : "", true));
	}

	/**
	 * Writes every state this run changed under {@code runId} and returns the pointers
	 * the run manifest records.
	 */
	public Map<String, SortedMap<LocalDate, DayPointer>> store(String runId) {
		this.loaded.forEach((dataset, days) -> days.forEach((day, state) -> {
			if (!state.changed()) {
				return;
			}
			String key = LakeLayout.etlDayStateKey(dataset, day, runId);
			state.store(this.s3, this.bucket, key);
			boolean sealed = isSealed(dataset, day);
			days(dataset).put(day, new DayPointer(key, sealed));
		}));
		Map<String, SortedMap<LocalDate, DayPointer>> result = new TreeMap<>();
		this.pointers.forEach((dataset, days) -> {
			SortedMap<LocalDate, DayPointer> written = new TreeMap<>();
			days.forEach((day, pointer) -> {
				if (!pointer.stateKey().isEmpty()) {
					written.put(day, pointer);
				}
			});
			result.put(dataset, written);
		});
		return result;
	}

	private SortedMap<LocalDate, DayPointer> days(Dataset dataset) {
		return this.pointers.computeIfAbsent(dataset.path(), (d) -> new TreeMap<>());
	}

}

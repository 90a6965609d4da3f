package dev.scaleswell.spark.curate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import dev.scaleswell.lake.commit.RunManifest.Counts;
import dev.scaleswell.lake.commit.RunManifest.DatasetRun;
import dev.scaleswell.lake.curate.DayState;
import dev.scaleswell.lake.curate.DayStates;
import dev.scaleswell.model.lake.LakeLayout;
import dev.scaleswell.model.record.Dataset;
import dev.scaleswell.model.s3.S3Properties;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Curates the new raw objects of one dataset on Spark, as etl-job's dataset curator does
 * in one thread: validate, quarantine, drop ids already curated, write by {@code dt}, and
 * record per day what was processed and curated.
 */
final class DatasetOnSpark {

	private final JavaSparkContext spark;

	private final S3Properties lake;

	private final Dataset dataset;

	private final String runId;

	private final long targetFileBytes;

	private final long rowsPerTask;

	/**
	 * @param rowsPerTask the rows of a day one task writes, at most
	 */
	DatasetOnSpark(JavaSparkContext spark, S3Properties lake, Dataset dataset, String runId, long targetFileBytes,
			long rowsPerTask) {
		this.spark = spark;
		this.lake = lake;
		this.dataset = dataset;
		this.runId = runId;
		this.targetFileBytes = targetFileBytes;
		this.rowsPerTask = rowsPerTask;
	}

	/**
	 * @param run what the manifest records of the dataset's run
	 * @param kept the curated rows, persisted until the caller is done with them
	 */
	record Result(DatasetRun run, JavaRDD<Candidate> kept) {
	}

	/** Curates {@code keys} (in key order), updating {@code states}. */
	Result curate(List<String> keys, DayStates states) {
		if (keys.isEmpty()) {
			return new Result(new DatasetRun(List.of(), List.of(), List.of(), Counts.NONE), this.spark.emptyRDD());
		}
		S3Properties lake = this.lake;
		Dataset dataset = this.dataset;
		List<Tuple2<Long, String>> indexed = new ArrayList<>(keys.size());
		for (int i = 0; i < keys.size(); i++) {
			indexed.add(new Tuple2<>((long) i, keys.get(i)));
		}
		int slices = Math.min(keys.size(), 4 * this.spark.defaultParallelism());
		JavaRDD<DecodedRaw> decoded = this.spark.parallelize(indexed, slices)
			.map((key) -> DecodedRaw.fetch(lake, dataset, key._1(), key._2()))
			.persist(StorageLevel.MEMORY_AND_DISK_SER());
		try {
			ObjectCounts counts = decoded.map(ObjectCounts::of).reduce(ObjectCounts::plus);
			JavaRDD<Candidate> kept = deduplicate(decoded.flatMap((raw) -> raw.candidates().iterator()), counts.days(),
					states)
				.persist(StorageLevel.MEMORY_AND_DISK_SER());
			List<PartsWritten> parts = write(kept, keys, states);
			List<String> quarantine = decoded.flatMap((raw) -> raw.rejections().iterator())
				.coalesce(1)
				.mapPartitions(new QuarantineTask(lake, dataset, this.runId))
				.collect();
			long written = parts.stream().mapToLong(PartsWritten::rows).sum();
			long valid = counts.lines() - counts.quarantined();
			List<String> curated = parts.stream().flatMap((day) -> day.files().stream()).sorted().toList();
			return new Result(new DatasetRun(List.copyOf(keys), curated, quarantine, new Counts(keys.size(),
					counts.unreadable(), counts.lines(), valid, counts.quarantined(), valid - written, written)), kept);
		}
		finally {
			decoded.unpersist(false);
		}
	}

	private JavaRDD<Candidate> deduplicate(JavaRDD<Candidate> candidates, Set<Long> candidateDays, DayStates states) {
		S3Properties lake = this.lake;
		// the committed ids of every day a candidate's id could collide on
		List<Tuple2<Long, String>> committed = new ArrayList<>();
		TreeSet<Long> days = new TreeSet<>();
		for (Long day : candidateDays) {
			days.add(day - 1);
			days.add(day);
			days.add(day + 1);
		}
		for (Long day : days) {
			states.committedStateKey(this.dataset, LocalDate.ofEpochDay(day))
				.ifPresent((key) -> committed.add(new Tuple2<>(day, key)));
		}
		JavaPairRDD<UUID, Long> committedIds = this.spark.parallelize(committed, Math.max(1, committed.size()))
			.flatMapToPair((state) -> {
				Iterable<UUID> ids = DayState.load(LakeClients.of(lake), lake.bucket(), state._2()).ids();
				return new MappedIterator<>(ids.iterator(), (id) -> new Tuple2<>(id, state._1()));
			});
		return candidates.mapToPair((candidate) -> new Tuple2<>(candidate.row().id(), candidate))
			.cogroup(committedIds)
			.flatMap((id) -> Deduplication.keep(id._2()._1(), id._2()._2()).iterator());
	}

	/** Writes the curated parts and the new day states; returns the parts by day. */
	private List<PartsWritten> write(JavaRDD<Candidate> kept, List<String> keys, DayStates states) {
		Map<Long, List<String>> processed = new HashMap<>();
		for (String key : keys) {
			long day = LakeLayout.parseRawKey(key).orElseThrow().day().toEpochDay();
			processed.computeIfAbsent(day, (d) -> new ArrayList<>()).add(key);
		}
		Map<Long, Long> rowsPerDay = new TreeMap<>(kept.map(Candidate::epochDay).countByValue());
		if (rowsPerDay.isEmpty()) {
			markProcessed(processed, states);
			return List.of();
		}
		DaySlices slices = new DaySlices(rowsPerDay, this.rowsPerTask);
		List<PartsWritten> parts = kept
			.mapToPair(
					(candidate) -> new Tuple2<>(new DayOrder(candidate.epochDay(), candidate.order()), candidate.row()))
			.repartitionAndSortWithinPartitions(slices)
			.mapPartitionsWithIndex(
					new CuratedPartsWriter(this.lake, this.dataset, this.runId, this.targetFileBytes, slices), false)
			.collect();
		List<Long> days = List.copyOf(rowsPerDay.keySet());
		Map<Long, String> committedStates = new HashMap<>();
		for (Long day : days) {
			states.committedStateKey(this.dataset, LocalDate.ofEpochDay(day))
				.ifPresent((key) -> committedStates.put(day, key));
		}
		List<Tuple2<Long, String>> stored = kept
			.mapToPair((candidate) -> new Tuple2<>(candidate.epochDay(), candidate.row().id()))
			.partitionBy(new DayPartitioner(days))
			.mapPartitions(new DayStateWriter(this.lake, this.dataset, this.runId, committedStates, processed))
			.collect();
		for (Tuple2<Long, String> day : stored) {
			states.stored(this.dataset, LocalDate.ofEpochDay(day._1()), day._2());
			processed.remove(day._1());
		}
		markProcessed(processed, states);
		return parts;
	}

	/**
	 * Days that got processed raw objects but no curated row: their state changes here.
	 */
	private void markProcessed(Map<Long, List<String>> processed, DayStates states) {
		processed.forEach((day, dayKeys) -> {
			DayState state = states.get(this.dataset, LocalDate.ofEpochDay(day));
			dayKeys.forEach(state::markProcessed);
		});
	}

}

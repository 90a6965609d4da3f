package dev.scaleswell.spark.curate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.spark.Partitioner;

/**
 * Spreads each {@code dt} day's rows over as many partitions as its size calls for (one
 * per {@code rowsPerTask} rows), so that a day with most of a run's records is written by
 * several tasks, not one. A row's slice follows from its place in curation order.
 */
final class DaySlices extends Partitioner {

	private static final long serialVersionUID = 1L;

	/** Per epoch day: its first partition. */
	private final Map<Long, Integer> firsts = new TreeMap<>();

	/** Per epoch day: its number of partitions. */
	private final Map<Long, Integer> slices = new TreeMap<>();

	/** Per partition: the slice of its day it holds. */
	private final List<Integer> sliceOfPartition = new ArrayList<>();

	/**
	 * @param rowsPerDay the rows to write per epoch day
	 */
	DaySlices(Map<Long, Long> rowsPerDay, long rowsPerTask) {
		new TreeMap<>(rowsPerDay).forEach((day, rows) -> {
			int count = (int) Math.max(1, Math.min(100_000, (rows + rowsPerTask - 1) / rowsPerTask));
			this.firsts.put(day, this.sliceOfPartition.size());
			this.slices.put(day, count);
			for (int slice = 0; slice < count; slice++) {
				this.sliceOfPartition.add(slice);
			}
		});
	}

	@Override
	public int numPartitions() {
		return Math.max(1, this.sliceOfPartition.size());
	}

	@Override
	public int getPartition(Object key) {
		DayOrder row = (DayOrder) key;
		Integer first = this.firsts.get(row.epochDay());
		if (first == null) {
			throw new IllegalArgumentException("no partition for " + row);
		}
		long spread = row.order() * 0x9E3779B97F4A7C15L;
		return first + (int) Math.floorMod(spread ^ (spread >>> 32), (long) this.slices.get(row.epochDay()));
	}

	/** The slice of its day that partition {@code partition} writes. */
	int slice(int partition) {
		return this.sliceOfPartition.get(partition);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof DaySlices that && this.firsts.equals(that.firsts) && this.slices.equals(that.slices);
	}

	@Override
	public int hashCode() {
		return this.slices.hashCode();
	}

}

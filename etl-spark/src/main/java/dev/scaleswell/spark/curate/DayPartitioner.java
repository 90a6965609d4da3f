package dev.scaleswell.spark.curate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.Partitioner;

/**
 * One partition per {@code dt} day, keyed by epoch day, so that one task owns the day's
 * new state.
 */
final class DayPartitioner extends Partitioner {

	private static final long serialVersionUID = 1L;

	private final Map<Long, Integer> partitions = new HashMap<>();

	DayPartitioner(List<Long> epochDays) {
		for (Long day : epochDays) {
			this.partitions.putIfAbsent(day, this.partitions.size());
		}
	}

	@Override
	public int numPartitions() {
		return Math.max(1, this.partitions.size());
	}

	@Override
	public int getPartition(Object key) {
		Integer partition = this.partitions.get((Long) key);
		if (partition == null) {
			throw new IllegalArgumentException("no partition for day " + key);
		}
		return partition;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof DayPartitioner that && this.partitions.equals(that.partitions);
	}

	@Override
	public int hashCode() {
		return this.partitions.hashCode();
	}

}

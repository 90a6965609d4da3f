package dev.scaleswell.spark.curate;

import java.io.Serializable;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the raw objects of a dataset held, summed over the executors, with the
 * {@code received_at} days of their valid records.
 */
record ObjectCounts(long objects, long unreadable, long lines, long quarantined,
		Set<Long> days) implements Serializable {

	static ObjectCounts of(DecodedRaw raw) {
		Set<Long> days = new TreeSet<>();
		raw.candidates().forEach((candidate) -> days.add(candidate.epochDay()));
		return new ObjectCounts(1, raw.unreadable() ? 1 : 0, raw.lines(), raw.quarantinedLines(), days);
	}

	ObjectCounts plus(ObjectCounts other) {
		Set<Long> days = new TreeSet<>(this.days);
		days.addAll(other.days);
		return new ObjectCounts(this.objects + other.objects, this.unreadable + other.unreadable,
				this.lines + other.lines, this.quarantined + other.quarantined, days);
	}

}

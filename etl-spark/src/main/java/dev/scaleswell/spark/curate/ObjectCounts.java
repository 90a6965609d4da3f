package dev.scaleswell.spark.curate;

import java.io.Serializable;

/** What the raw objects of a dataset held, summed over the executors. */
record ObjectCounts(long objects, long unreadable, long lines, long quarantined) implements Serializable {

	static ObjectCounts of(DecodedRaw raw) {
		return new ObjectCounts(1, raw.unreadable() ? 1 : 0, raw.lines(), raw.quarantinedLines());
	}

	ObjectCounts plus(ObjectCounts other) {
		return new ObjectCounts(this.objects + other.objects, this.unreadable + other.unreadable,
				this.lines + other.lines, this.quarantined + other.quarantined);
	}

}

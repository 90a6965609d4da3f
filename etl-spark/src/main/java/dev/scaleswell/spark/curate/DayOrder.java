package dev.scaleswell.spark.curate;

import java.io.Serializable;

/** A curated row's place: its {@code dt} partition, then curation order within it. */
record DayOrder(long epochDay, long order) implements Comparable<DayOrder>, Serializable {

	@Override
	public int compareTo(DayOrder other) {
		int byDay = Long.compare(this.epochDay, other.epochDay);
		return (byDay != 0) ? byDay : Long.compare(this.order, other.order);
	}

}

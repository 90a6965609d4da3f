package dev.scaleswell.spark.curate;

import java.io.Serializable;

import dev.scaleswell.lake.curate.CuratedRow;

/**
 * A valid record waiting for deduplication.
 *
 * @param order its place in curation order (raw key order, then line order), the order in
 * which etl-job meets it
 * @param epochDay the UTC day of its {@code received_at}: its {@code dt} partition
 */
record Candidate(long order, long epochDay, CuratedRow row) implements Serializable {

	/** Room for this many records in one raw object. */
	static final long ROWS_PER_OBJECT = 1L << 24;

	static long order(long objectIndex, int row) {
		if (row >= ROWS_PER_OBJECT) {
			throw new IllegalStateException("a raw object holds more than " + ROWS_PER_OBJECT + " records");
		}
		return objectIndex * ROWS_PER_OBJECT + row;
	}

}

/**
 * Curate on Spark: the driver lists and commits as etl-job does (curated-lake's
 * {@code RawInventory}, {@code DayStates}, {@code RunCommit} under the {@code EtlLock});
 * the executors download and validate the raw objects with common-model's codec,
 * deduplicate by id against the committed day states, and write the curated Parquet, the
 * new day states and the users snapshot with curated-lake's writers.
 */
@NullMarked
package dev.scaleswell.spark.curate;

import org.jspecify.annotations.NullMarked;

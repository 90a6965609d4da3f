/**
 * The curate step's contract, shared by both engines (etl-job in one JVM, etl-spark on
 * Spark) so that either may run any given run: the curated rows and their Parquet
 * writers, the per-day bookkeeping (which raw objects were processed, which ids were
 * curated), the raw inventory, the quarantine format and the users snapshot's merge rule.
 */
@NullMarked
package dev.scaleswell.lake.curate;

import org.jspecify.annotations.NullMarked;

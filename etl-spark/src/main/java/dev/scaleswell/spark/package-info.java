/**
 * The ETL's curate step on Apache Spark: the same input, rules, output and commit as
 * {@code etl-job curate}, so that either engine may run any given run.
 */
@NullMarked
package dev.scaleswell.spark;

import org.jspecify.annotations.NullMarked;

/**
 * The ETL's side of the lake: the run lock, the manifests that commit a run, the per-day
 * bookkeeping and the curated Parquet schemas.
 */
@NullMarked
package dev.scaleswell.etl.lake;

import org.jspecify.annotations.NullMarked;

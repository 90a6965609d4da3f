/**
 * The curate step's own bookkeeping in the lake: per day, which raw objects were
 * processed and which record ids were curated. The curated zone's contract (schemas,
 * Parquet, manifests, lease) is curated-lake's.
 */
@NullMarked
package dev.scaleswell.etl.lake;

import org.jspecify.annotations.NullMarked;

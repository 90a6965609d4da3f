/**
 * The curate step: raw gzip JSON lines to deduplicated, partitioned Parquet, exactly once
 * per raw object.
 */
@NullMarked
package dev.scaleswell.etl.curate;

import org.jspecify.annotations.NullMarked;

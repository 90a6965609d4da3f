/**
 * Reading the committed lake: {@code latest.json} and the curated Parquet it references,
 * straight from S3 with ranged reads.
 */
@NullMarked
package dev.scaleswell.analytics.lake;

import org.jspecify.annotations.NullMarked;

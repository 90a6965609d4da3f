/**
 * Curated Parquet on S3 without Hadoop's file system: the one reader (ranged reads,
 * projection) and the writer support (rows straight to Parquet, files uploaded in one
 * put).
 */
@NullMarked
package dev.scaleswell.lake.parquet;

import org.jspecify.annotations.NullMarked;

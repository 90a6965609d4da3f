/**
 * The curated Parquet schemas and their column names, shared by every writer and reader.
 */
@NullMarked
package dev.scaleswell.lake.schema;

import org.jspecify.annotations.NullMarked;

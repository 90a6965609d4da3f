/**
 * The ETL benchmarks' tools (bin/bench-etl, bin/bench-run): seeded raw-zone generators
 * writing straight into the filesystem store S3Proxy serves, the DuckDB baseline and the
 * S3-only baseline.
 */
@NullMarked
package dev.scaleswell.benchmarks.etl;

import org.jspecify.annotations.NullMarked;

/**
 * The ingest benchmark's tools (bin/bench-ingest): an open-model load client and the
 * check that no acknowledged record was lost.
 */
@NullMarked
package dev.scaleswell.benchmarks.ingest;

import org.jspecify.annotations.NullMarked;

/**
 * The serving views of the aggregates ({@code dev.scaleswell.lake.aggregate} computes
 * them in the ETL run).
 */
@NullMarked
package dev.scaleswell.analytics.aggregate;

import org.jspecify.annotations.NullMarked;

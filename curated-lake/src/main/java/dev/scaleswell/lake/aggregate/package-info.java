/**
 * The aggregates analytics serves, computed once per ETL run in one streaming pass over
 * the committed curated data, with the tie rules that make them deterministic, and
 * published as a small JSON object that {@code latest.json} names.
 */
@NullMarked
package dev.scaleswell.lake.aggregate;

import org.jspecify.annotations.NullMarked;

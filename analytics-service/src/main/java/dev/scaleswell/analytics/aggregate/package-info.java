/**
 * The aggregates analytics serves, computed in one streaming pass over the committed
 * curated data, and the tie rules that make them deterministic.
 */
@NullMarked
package dev.scaleswell.analytics.aggregate;

import org.jspecify.annotations.NullMarked;

/**
 * The in-memory snapshot every request is answered from, and the background refresh that
 * rebuilds it when the ETL commits a new {@code latest.json}.
 */
@NullMarked
package dev.scaleswell.analytics.snapshot;

import org.jspecify.annotations.NullMarked;

/**
 * {@code Idempotency-Key} handling: replayed responses on this replica, and record ids
 * derived from the key so that the ETL deduplicates a retry that reached another replica.
 */
@NullMarked
package dev.scaleswell.ingest.idempotency;

import org.jspecify.annotations.NullMarked;

/**
 * {@code POST /duel-results}: a recorded duel outcome is validated and stored durably.
 */
@NullMarked
package dev.scaleswell.ingest.duel;

import org.jspecify.annotations.NullMarked;

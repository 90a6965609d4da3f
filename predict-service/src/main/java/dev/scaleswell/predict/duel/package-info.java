/**
 * {@code GET /duel} between known warriors and {@code POST /duel} between inline ones.
 */
@NullMarked
package dev.scaleswell.predict.duel;

import org.jspecify.annotations.NullMarked;

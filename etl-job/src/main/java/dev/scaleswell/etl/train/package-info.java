/**
 * Training: the training set from the lake, the duel model, the promotion gate, and the
 * users' ratings under the champion.
 */
@NullMarked
package dev.scaleswell.etl.train;

import org.jspecify.annotations.NullMarked;

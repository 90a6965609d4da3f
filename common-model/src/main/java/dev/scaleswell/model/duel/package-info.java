/**
 * The duel model: a documented simulator of duels, the feature encoder, training of the
 * Smile random forest and its compiled, exactly antisymmetric inference. Training and
 * serving use this same code, so what was validated is what answers.
 */
@NullMarked
package dev.scaleswell.model.duel;

import org.jspecify.annotations.NullMarked;

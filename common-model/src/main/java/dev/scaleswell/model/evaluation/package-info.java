/**
 * Online evaluation: how right the served models were on recorded duels, per version, and
 * a paired, always-valid verdict between the champion and the challenger.
 */
@NullMarked
package dev.scaleswell.model.evaluation;

import org.jspecify.annotations.NullMarked;

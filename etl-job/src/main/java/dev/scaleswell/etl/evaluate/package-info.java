/**
 * Online evaluation: every serving model scored on the recorded duels that happened after
 * it was published, exactly once per committed run; the champion/challenger verdict on
 * the same duels, and the policy that acts on it.
 */
@NullMarked
package dev.scaleswell.etl.evaluate;

import org.jspecify.annotations.NullMarked;

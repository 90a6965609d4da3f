/**
 * Which model answers a pair: the sticky champion/challenger split, and shadow scoring.
 */
@NullMarked
package dev.scaleswell.predict.routing;

import org.jspecify.annotations.NullMarked;

/**
 * The pieces bin/bench-analytics runs: a generated lake and a timed rebuild.
 */
@NullMarked
package dev.scaleswell.analytics.bench;

import org.jspecify.annotations.NullMarked;

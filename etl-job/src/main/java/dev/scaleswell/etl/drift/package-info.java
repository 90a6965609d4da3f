/**
 * Drift of new submissions against the champion's training population: PSI of age buckets
 * and of the hero mix, and a two-sample Kolmogorov-Smirnov test of age.
 */
@NullMarked
package dev.scaleswell.etl.drift;

import org.jspecify.annotations.NullMarked;

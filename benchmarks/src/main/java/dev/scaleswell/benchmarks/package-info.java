/**
 * JMH benchmarks and the model report. Run by hand with the commands in docs/model.md;
 * the machine is shared, so always compare with the baseline measured in the same run.
 */
@NullMarked
package dev.scaleswell.benchmarks;

import org.jspecify.annotations.NullMarked;

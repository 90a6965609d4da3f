/**
 * The {@code run} command (curate, train, gate/promote, rate, drift in one go) and the
 * command-line wiring of the training commands.
 */
@NullMarked
package dev.scaleswell.etl.run;

import org.jspecify.annotations.NullMarked;

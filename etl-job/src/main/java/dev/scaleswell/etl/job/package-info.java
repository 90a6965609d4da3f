/**
 * What subcommands share without depending on each other: the job's context.
 */
@NullMarked
package dev.scaleswell.etl.job;

import org.jspecify.annotations.NullMarked;

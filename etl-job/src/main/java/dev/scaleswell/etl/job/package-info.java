/**
 * What subcommands share without depending on each other: the job's context, how a
 * duration is written on the command line and what --version says.
 */
@NullMarked
package dev.scaleswell.etl.job;

import org.jspecify.annotations.NullMarked;

/**
 * The directory of warriors a duel can name: the users of the latest ETL snapshot and the
 * heroes, reloaded when the ETL commits a new run.
 */
@NullMarked
package dev.scaleswell.predict.directory;

import org.jspecify.annotations.NullMarked;

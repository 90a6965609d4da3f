/**
 * How a run commits to the curated zone and how readers follow it: the ETL lease that
 * fences runs, the run manifests, and {@code latest.json} with its conditional replace
 * and its conditional read.
 */
@NullMarked
package dev.scaleswell.lake.commit;

import org.jspecify.annotations.NullMarked;

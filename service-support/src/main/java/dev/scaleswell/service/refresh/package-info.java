/**
 * A periodic poll of S3 on its own platform thread, for every service that follows the
 * lake.
 */
@NullMarked
package dev.scaleswell.service.refresh;

import org.jspecify.annotations.NullMarked;

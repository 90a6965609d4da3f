/**
 * The data-lake layout: every S3 key, built and parsed in one place.
 */
@NullMarked
package dev.scaleswell.model.lake;

import org.jspecify.annotations.NullMarked;

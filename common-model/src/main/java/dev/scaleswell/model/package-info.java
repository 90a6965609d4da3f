/**
 * The shared domain of Scales Well: heroes, warriors, validation, raw records, the
 * data-lake layout, S3 configuration and the duel model.
 */
@NullMarked
package dev.scaleswell.model;

import org.jspecify.annotations.NullMarked;

/**
 * Configuration that the features share: properties, beans, the service's root and
 * metrics endpoints.
 */
@NullMarked
package dev.scaleswell.analytics.system;

import org.jspecify.annotations.NullMarked;

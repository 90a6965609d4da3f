/**
 * The HTTP API: cached analytics resources with ETags, and problem details for every
 * error.
 */
@NullMarked
package dev.scaleswell.analytics.web;

import org.jspecify.annotations.NullMarked;

/**
 * Cross-cutting web concerns: problem details, request limits, the root health and
 * metrics endpoints, OpenAPI.
 */
@NullMarked
package dev.scaleswell.predict.system;

import org.jspecify.annotations.NullMarked;

/**
 * Cross-cutting web concerns: request bodies, problem details, API keys, rate limits,
 * Server-Timing, the root health and metrics endpoints, OpenAPI.
 */
@NullMarked
package dev.scaleswell.ingest.system;

import org.jspecify.annotations.NullMarked;

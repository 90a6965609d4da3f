/**
 * Same-origin forwarding of {@code /api/ingest/**}, {@code /api/predict/**} and
 * {@code /api/analytics/**} to the services.
 */
@NullMarked
package dev.scaleswell.console.forward;

import org.jspecify.annotations.NullMarked;

/**
 * The instant prediction from predict-service, behind a short timeout and a circuit
 * breaker: a slow or absent predict-service never fails a submission.
 */
@NullMarked
package dev.scaleswell.ingest.prediction;

import org.jspecify.annotations.NullMarked;

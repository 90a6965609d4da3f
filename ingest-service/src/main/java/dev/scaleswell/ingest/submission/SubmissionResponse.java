package dev.scaleswell.ingest.submission;

import java.time.Instant;
import java.util.UUID;

import dev.scaleswell.ingest.prediction.Prediction;
import org.jspecify.annotations.Nullable;

/**
 * A stored warrior, as normalised, with the instant prediction if there was one in time.
 *
 * @param predictionStatus {@code ok}, or {@code unavailable} when predict-service was
 * slow or down ({@code prediction} is then null)
 */
public record SubmissionResponse(UUID id, String name, int age, String hero, Instant receivedAt,
		@Nullable Prediction prediction, String predictionStatus) {
}

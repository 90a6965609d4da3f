package dev.scaleswell.ingest.prediction;

import org.jspecify.annotations.Nullable;

/**
 * A prediction, or why there is none: {@code status} is {@code ok} or
 * {@code unavailable}.
 */
public record PredictionResult(@Nullable Prediction prediction, String status) {

	public static final String OK = "ok";

	public static final String UNAVAILABLE = "unavailable";

	static PredictionResult ok(Prediction prediction) {
		return new PredictionResult(prediction, OK);
	}

	public static PredictionResult unavailable() {
		return new PredictionResult(null, UNAVAILABLE);
	}

}

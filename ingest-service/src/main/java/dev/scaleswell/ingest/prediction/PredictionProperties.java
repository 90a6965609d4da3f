package dev.scaleswell.ingest.prediction;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where predict-service is and how long a submission waits for it.
 *
 * @param baseUrl predict-service's base URL (env {@code PREDICT_SERVICE_URL})
 * @param timeout longest wait for a prediction; a slower one is "unavailable"
 * @param failureRateThreshold percentage of failed or slow calls that opens the circuit
 * @param openDuration how long an open circuit answers "unavailable" without calling
 */
@ConfigurationProperties("scaleswell.ingest.prediction")
public record PredictionProperties(@DefaultValue("http://localhost:8082") URI baseUrl,
		@DefaultValue("150ms") Duration timeout, @DefaultValue("50") float failureRateThreshold,
		@DefaultValue("5s") Duration openDuration) {
}

package dev.scaleswell.predict.duel;

import java.util.Map;

import dev.scaleswell.predict.model.Variant;

/**
 * Who would win, how sure the model is, and which model said so.
 *
 * @param probabilities each warrior's probability of winning, keyed by name
 * @param confidence the winner's probability
 * @param processingTimeMs time spent answering inside the service
 */
public record DuelResponse(String name1, String name2, String winner, double confidence,
		Map<String, Double> probabilities, String modelVersion, Variant variant, double processingTimeMs) {

}

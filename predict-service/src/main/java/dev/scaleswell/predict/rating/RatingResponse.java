package dev.scaleswell.predict.rating;

/**
 * A warrior's strength under the champion: its mean probability of beating each hero, and
 * the heroes it fares best and worst against.
 *
 * @param processingTimeMs time spent answering inside the service
 */
public record RatingResponse(double rating, Matchup bestMatchup, Matchup worstMatchup, String modelVersion,
		double processingTimeMs) {

	/** The probability of beating one hero. */
	public record Matchup(String hero, double probability) {
	}

}

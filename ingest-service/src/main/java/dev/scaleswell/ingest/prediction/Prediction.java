package dev.scaleswell.ingest.prediction;

/**
 * predict-service's answer to {@code POST /warriors/rating}, passed on to the client.
 *
 * @param rating mean probability of beating every hero under the serving model
 * @param bestMatchup the hero this warrior most likely beats
 * @param worstMatchup the hero this warrior most likely loses to
 * @param modelVersion the model version that answered
 */
public record Prediction(double rating, Matchup bestMatchup, Matchup worstMatchup, String modelVersion) {

	/** A hero and the probability of beating it. */
	public record Matchup(String hero, double probability) {
	}

}

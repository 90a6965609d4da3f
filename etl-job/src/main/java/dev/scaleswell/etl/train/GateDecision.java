package dev.scaleswell.etl.train;

import org.jspecify.annotations.Nullable;

/**
 * What the gate decided about a candidate, and why.
 *
 * @param promote whether the candidate may become champion
 * @param reason one sentence a person can act on
 * @param championVersion the champion it was compared with, if any
 * @param championAccuracy that champion's accuracy on the candidate's holdout
 */
public record GateDecision(boolean promote, String reason, @Nullable String championVersion,
		@Nullable Double championAccuracy) {

	static GateDecision promoted(String reason, @Nullable String championVersion, @Nullable Double championAccuracy) {
		return new GateDecision(true, reason, championVersion, championAccuracy);
	}

	static GateDecision rejected(String reason, @Nullable String championVersion, @Nullable Double championAccuracy) {
		return new GateDecision(false, reason, championVersion, championAccuracy);
	}

}

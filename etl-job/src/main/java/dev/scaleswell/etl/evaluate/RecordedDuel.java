package dev.scaleswell.etl.evaluate;

import java.time.Instant;

/**
 * A curated duel result as the evaluation needs it: the two sides' identity keys, the
 * winner's, and when it happened (its {@code occurredAt}, else when it was received).
 */
record RecordedDuel(String key1, String key2, String winnerKey, Instant when) {

	boolean firstWon() {
		return this.winnerKey.equals(this.key1);
	}

}

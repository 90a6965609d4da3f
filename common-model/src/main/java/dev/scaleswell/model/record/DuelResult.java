package dev.scaleswell.model.record;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A recorded duel outcome.
 */
public record DuelResult(UUID id, Instant receivedAt, DuelOutcome outcome) implements LakeRecord {

	public DuelResult {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(receivedAt, "receivedAt");
		Objects.requireNonNull(outcome, "outcome");
	}

	@Override
	public Dataset dataset() {
		return Dataset.DUEL_RESULTS;
	}

}

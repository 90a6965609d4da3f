package dev.scaleswell.model.record;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import dev.scaleswell.model.warrior.WarriorProfile;

/**
 * A warrior as submitted by a user.
 */
public record Submission(UUID id, Instant receivedAt, WarriorProfile warrior) implements LakeRecord {

	public Submission {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(receivedAt, "receivedAt");
		Objects.requireNonNull(warrior, "warrior");
	}

	@Override
	public Dataset dataset() {
		return Dataset.SUBMISSIONS;
	}

}

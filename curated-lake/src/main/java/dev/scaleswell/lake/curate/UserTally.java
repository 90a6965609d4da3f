package dev.scaleswell.lake.curate;

import java.io.Serializable;
import java.time.Instant;

import dev.scaleswell.lake.curate.CuratedRow.SubmissionRow;
import dev.scaleswell.lake.schema.UserRow;

/**
 * One user's submissions so far, and the one rule that merges two tallies: the latest
 * profile by {@code received_at}, on a tie the one curated first (the lower
 * {@code order}); counts add up and the first sighting is the earliest. The rule is
 * associative and commutative, so a single JVM may fold in curation order and Spark may
 * reduce in any order, and both get the same snapshot.
 *
 * @param order where the profile's submission stands in curation order; a row of the
 * previous snapshot precedes everything this run curates
 */
public record UserTally(String name, int age, String hero, int submissions, long firstSeen, long lastSeen,
		long order) implements Serializable {

	public static UserTally of(SubmissionRow row, long order) {
		return new UserTally(row.name(), row.age(), row.hero(), 1, row.receivedAt(), row.receivedAt(), order);
	}

	public static UserTally previous(UserRow row) {
		return new UserTally(row.name(), row.age(), row.hero(), row.submissions(), row.firstSeen().toEpochMilli(),
				row.lastSeen().toEpochMilli(), Long.MIN_VALUE);
	}

	public UserTally merge(UserTally other) {
		UserTally profile = profileWins(other.lastSeen, other.order, this.lastSeen, this.order) ? other : this;
		return new UserTally(profile.name, profile.age, profile.hero, this.submissions + other.submissions,
				Math.min(this.firstSeen, other.firstSeen), profile.lastSeen, profile.order);
	}

	/**
	 * Whether a profile seen last at {@code lastSeen} in place {@code order} replaces one
	 * seen at {@code otherLastSeen}, {@code otherOrder}: the later one, on a tie the one
	 * curated first.
	 */
	static boolean profileWins(long lastSeen, long order, long otherLastSeen, long otherOrder) {
		return lastSeen > otherLastSeen || (lastSeen == otherLastSeen && order < otherOrder);
	}

	/** The snapshot row; the rating is left for the train step. */
	public UserRow row(String identityKey) {
		return new UserRow(identityKey, this.name, this.age, this.hero, this.submissions,
				Instant.ofEpochMilli(this.firstSeen), Instant.ofEpochMilli(this.lastSeen), null);
	}

}

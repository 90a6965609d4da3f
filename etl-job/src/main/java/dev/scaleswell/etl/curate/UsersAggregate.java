package dev.scaleswell.etl.curate;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.scaleswell.lake.schema.UserRow;
import dev.scaleswell.model.record.Submission;
import dev.scaleswell.model.warrior.WarriorProfile;

/**
 * The users snapshot being rebuilt: per identity key the latest profile (by
 * {@code received_at}; on a tie the one curated first), the number of submissions and the
 * first and last time seen. Ratings are left {@code null} for the train step.
 */
final class UsersAggregate {

	private final Map<String, User> users = new HashMap<>();

	boolean isEmpty() {
		return this.users.isEmpty();
	}

	void add(Submission submission, String identityKey) {
		WarriorProfile warrior = submission.warrior();
		long at = submission.receivedAt().toEpochMilli();
		User user = this.users.get(identityKey);
		if (user == null) {
			this.users.put(identityKey, new User(warrior.name(), warrior.age(), warrior.hero().name(), 1, at, at));
			return;
		}
		user.count++;
		user.first = Math.min(user.first, at);
		if (at > user.last) {
			user.last = at;
			user.name = warrior.name();
			user.age = warrior.age();
			user.hero = warrior.hero().name();
		}
	}

	/** Merges a row of the previous snapshot, which precedes everything added so far. */
	void merge(UserRow previous) {
		long first = previous.firstSeen().toEpochMilli();
		long last = previous.lastSeen().toEpochMilli();
		User user = this.users.get(previous.identityKey());
		if (user == null) {
			this.users.put(previous.identityKey(),
					new User(previous.name(), previous.age(), previous.hero(), previous.submissions(), first, last));
			return;
		}
		user.count += previous.submissions();
		user.first = Math.min(user.first, first);
		if (last >= user.last) {
			user.last = last;
			user.name = previous.name();
			user.age = previous.age();
			user.hero = previous.hero();
		}
	}

	/** The snapshot's rows, sorted by identity key. */
	List<UserRow> rows() {
		return this.users.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.map((entry) -> entry.getValue().row(entry.getKey()))
			.toList();
	}

	int size() {
		return this.users.size();
	}

	private static final class User {

		String name;

		int age;

		String hero;

		int count;

		long first;

		long last;

		User(String name, int age, String hero, int count, long first, long last) {
			this.name = name;
			this.age = age;
			this.hero = hero;
			this.count = count;
			this.first = first;
			this.last = last;
		}

		UserRow row(String identityKey) {
			return new UserRow(identityKey, this.name, this.age, this.hero, this.count,
					Instant.ofEpochMilli(this.first), Instant.ofEpochMilli(this.last), null);
		}

	}

}

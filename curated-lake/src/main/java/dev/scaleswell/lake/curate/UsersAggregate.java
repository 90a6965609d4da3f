package dev.scaleswell.lake.curate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.scaleswell.lake.curate.CuratedRow.SubmissionRow;
import dev.scaleswell.lake.schema.UserRow;

/**
 * The users snapshot being rebuilt in one JVM: per identity key the tally of the
 * submissions curated so far, in curation order, folded with {@link UserTally}'s merge
 * rule. Each user's tally is updated in place, as a million submissions a run would
 * otherwise make two short-lived tallies each. Not thread-safe: one thread curates.
 */
public final class UsersAggregate {

	private final Map<String, Tally> users = new HashMap<>();

	private long curated;

	public boolean isEmpty() {
		return this.users.isEmpty();
	}

	/**
	 * Adds the next curated submission. The user's tally is found through the row's
	 * {@link WarriorName}, which remembers it, and looked up by identity key only the
	 * first time a name instance comes by.
	 */
	public void add(SubmissionRow row) {
		long order = this.curated++;
		WarriorName warrior = row.warrior();
		Tally tally = warrior.tally;
		if (tally == null || tally.owner != this) {
			tally = this.users.get(row.identityKey());
			if (tally == null) {
				tally = new Tally(this, UserTally.of(row, order));
				this.users.put(row.identityKey(), tally);
				warrior.tally = tally;
				return;
			}
			warrior.tally = tally;
		}
		tally.add(row.name(), row.age(), row.hero(), 1, row.receivedAt(), row.receivedAt(), order);
	}

	/** Merges a row of the previous snapshot, which precedes everything added so far. */
	public void merge(UserRow previous) {
		UserTally tally = UserTally.previous(previous);
		Tally current = this.users.get(previous.identityKey());
		if (current == null) {
			this.users.put(previous.identityKey(), new Tally(this, tally));
		}
		else {
			current.add(tally.name(), tally.age(), tally.hero(), tally.submissions(), tally.firstSeen(),
					tally.lastSeen(), tally.order());
		}
	}

	/** The snapshot's rows, sorted by identity key. */
	public List<UserRow> rows() {
		return this.users.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.map((entry) -> entry.getValue().row(entry.getKey()))
			.toList();
	}

	public int size() {
		return this.users.size();
	}

	/**
	 * A {@link UserTally} that absorbs others in place, by {@link UserTally#merge}'s
	 * rule.
	 */
	static final class Tally {

		private final UsersAggregate owner;

		private String name;

		private int age;

		private String hero;

		private int submissions;

		private long firstSeen;

		private long lastSeen;

		private long order;

		Tally(UsersAggregate owner, UserTally first) {
			this.owner = owner;
			this.name = first.name();
			this.age = first.age();
			this.hero = first.hero();
			this.submissions = first.submissions();
			this.firstSeen = first.firstSeen();
			this.lastSeen = first.lastSeen();
			this.order = first.order();
		}

		void add(String name, int age, String hero, int submissions, long firstSeen, long lastSeen, long order) {
			if (UserTally.profileWins(lastSeen, order, this.lastSeen, this.order)) {
				this.name = name;
				this.age = age;
				this.hero = hero;
				this.lastSeen = lastSeen;
				this.order = order;
			}
			this.submissions += submissions;
			this.firstSeen = Math.min(this.firstSeen, firstSeen);
		}

		UserRow row(String identityKey) {
			return new UserTally(this.name, this.age, this.hero, this.submissions, this.firstSeen, this.lastSeen,
					this.order)
				.row(identityKey);
		}

	}

}

package dev.scaleswell.lake.curate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.scaleswell.lake.curate.CuratedRow.SubmissionRow;
import dev.scaleswell.lake.schema.UserRow;

/**
 * The users snapshot being rebuilt in one JVM: per identity key the {@link UserTally} of
 * the submissions curated so far, in curation order. Not thread-safe: one thread curates.
 */
public final class UsersAggregate {

	private final Map<String, UserTally> users = new HashMap<>();

	private long curated;

	public boolean isEmpty() {
		return this.users.isEmpty();
	}

	/** Adds the next curated submission. */
	public void add(SubmissionRow row) {
		this.users.merge(row.identityKey(), UserTally.of(row, this.curated++), UserTally::merge);
	}

	/** Merges a row of the previous snapshot, which precedes everything added so far. */
	public void merge(UserRow previous) {
		this.users.merge(previous.identityKey(), UserTally.previous(previous), UserTally::merge);
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

}

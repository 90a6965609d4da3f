package dev.scaleswell.analytics.lake;

import java.util.List;

import org.apache.avro.generic.GenericRecord;

import static dev.scaleswell.testsupport.lake.CuratedParquet.duel;
import static dev.scaleswell.testsupport.lake.CuratedParquet.submission;
import static dev.scaleswell.testsupport.lake.CuratedParquet.user;

/**
 * A small lake whose aggregates are worked out by hand in the tests' expectations: ties
 * between heroes, between ratings, between wins and between win rates; a user who changed
 * hero; duel results between names no user has, with a self-duel and an impossible winner
 * that must be skipped.
 */
public final class HandComputedLake {

	/** Alice took Hulk first, then Thor: only the latest profile (Thor) counts. */
	public static final List<GenericRecord> SUBMISSIONS_EARLY = List.of(submission("Alice", 24, "Hulk", 1_000),
			submission("bob", 34, "Thor", 1_001), submission("Carol", 19, "Hulk", 1_002));

	public static final List<GenericRecord> SUBMISSIONS_LATE = List.of(submission("Alice", 25, "Thor", 2_000),
			submission("Dave", 100, "Hulk", 2_001), submission("Eve", 13, "Batman", 2_002),
			submission("Carol", 19, "Hulk", 2_003));

	/** Heroes: Thor 2 and Hulk 2 (tie: Hulk first by name), Batman 1. */
	public static final List<GenericRecord> USERS = List.of(user("Alice", 25, "Thor", 2, 0.70),
			user("bob", 34, "Thor", 1, 0.80), user("Carol", 19, "Hulk", 2, 0.80), user("Dave", 100, "Hulk", 1, null),
			user("Eve", 13, "Batman", 1, 0.50));

	public static final List<GenericRecord> DUELS_EARLY = List.of(duel("Alice", "bob", "Alice", 1),
			duel("alice", "Zed", "Zed", 2), duel("Bob", "Zed", "Bob", 3));

	public static final List<GenericRecord> DUELS_LATE = List.of(duel("Zed", "Yan", "Zed", 4),
			duel("Yan", "yan", "Yan", 5), duel("Alice", "bob", "Carol", 6), duel("Dave", "Yan", "Dave", 7),
			duel("Dave", "Eve", "Dave", 8));

	private HandComputedLake() {
	}

}

package dev.scaleswell.lake.schema;

/**
 * The column names of the curated Parquet files ({@link CuratedSchemas}), for every
 * writer and reader: a renamed column changes here, and every module sees it at compile
 * time.
 */
public final class CuratedColumns {

	/** The record id (submissions, duel results). */
	public static final String ID = "id";

	/** When ingest accepted the record, timestamp-millis. */
	public static final String RECEIVED_AT = "received_at";

	/** When the duel took place, if the client said so; timestamp-millis. */
	public static final String OCCURRED_AT = "occurred_at";

	/** The raw object a curated row came from. */
	public static final String SOURCE_KEY = "source_key";

	/** A warrior's name as submitted (submissions, users). */
	public static final String NAME = "name";

	/** A warrior's normalised name (submissions, users). */
	public static final String IDENTITY_KEY = "identity_key";

	/** A warrior's age (submissions, users). */
	public static final String AGE = "age";

	/** A warrior's hero (submissions, users). */
	public static final String HERO = "hero";

	/** The first warrior of a duel result as recorded. */
	public static final String NAME1 = "name1";

	/** The second warrior of a duel result as recorded. */
	public static final String NAME2 = "name2";

	/** The winner of a duel result as recorded. */
	public static final String WINNER = "winner";

	/** The identity key of {@link #NAME1}. */
	public static final String KEY1 = "key1";

	/** The identity key of {@link #NAME2}. */
	public static final String KEY2 = "key2";

	/** The identity key of {@link #WINNER}. */
	public static final String WINNER_KEY = "winner_key";

	/** How many valid submissions a user made. */
	public static final String SUBMISSIONS = "submissions";

	/** A user's first submission, timestamp-millis. */
	public static final String FIRST_SEEN = "first_seen";

	/** A user's latest submission, timestamp-millis. */
	public static final String LAST_SEEN = "last_seen";

	/** A user's rating under the champion, null until the train step rated it. */
	public static final String RATING = "rating";

	private CuratedColumns() {
	}

}

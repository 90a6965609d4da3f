package dev.scaleswell.etl.lake;

import java.time.Instant;

import org.apache.avro.generic.GenericRecord;
import org.jspecify.annotations.Nullable;

/**
 * One row of the users snapshot ({@link CuratedSchemas#USER}): the latest profile of an
 * identity key.
 *
 * @param rating mean P(win) against every hero under the champion, {@code null} until the
 * train step rates the snapshot
 */
public record UserRow(String identityKey, String name, int age, String hero, int submissions, Instant firstSeen,
		Instant lastSeen, @Nullable Double rating) {

	public static UserRow fromAvro(GenericRecord record) {
		Object rating = record.get("rating");
		return new UserRow(record.get("identity_key").toString(), record.get("name").toString(),
				(Integer) record.get("age"), record.get("hero").toString(), (Integer) record.get("submissions"),
				instant(record.get("first_seen")), instant(record.get("last_seen")),
				(rating != null) ? (Double) rating : null);
	}

	public UserRow withRating(@Nullable Double value) {
		return new UserRow(this.identityKey, this.name, this.age, this.hero, this.submissions, this.firstSeen,
				this.lastSeen, value);
	}

	private static Instant instant(Object value) {
		// parquet-avro converts timestamp-millis to Instant when the logical type
		// conversion is on, and leaves a long otherwise
		return (value instanceof Instant instant) ? instant : Instant.ofEpochMilli((Long) value);
	}

	/** Writes users snapshot rows. */
	public static final class Writer extends RowWriteSupport<UserRow> {

		public Writer() {
			super(CuratedSchemas.USER);
		}

		@Override
		protected void writeFields(UserRow row) {
			string(0, "identity_key", row.identityKey());
			string(1, "name", row.name());
			int32(2, "age", row.age());
			string(3, "hero", row.hero());
			int32(4, "submissions", row.submissions());
			int64(5, "first_seen", row.firstSeen().toEpochMilli());
			int64(6, "last_seen", row.lastSeen().toEpochMilli());
			optionalDouble(7, "rating", row.rating());
		}

	}

}

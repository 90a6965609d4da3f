package dev.scaleswell.lake.schema;

import java.time.Instant;

import dev.scaleswell.lake.parquet.RowWriteSupport;
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
		Object rating = record.get(CuratedColumns.RATING);
		return new UserRow(record.get(CuratedColumns.IDENTITY_KEY).toString(),
				record.get(CuratedColumns.NAME).toString(), (Integer) record.get(CuratedColumns.AGE),
				record.get(CuratedColumns.HERO).toString(), (Integer) record.get(CuratedColumns.SUBMISSIONS),
				instant(record.get(CuratedColumns.FIRST_SEEN)), instant(record.get(CuratedColumns.LAST_SEEN)),
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
			string(0, CuratedColumns.IDENTITY_KEY, row.identityKey());
			string(1, CuratedColumns.NAME, row.name());
			int32(2, CuratedColumns.AGE, row.age());
			string(3, CuratedColumns.HERO, row.hero());
			int32(4, CuratedColumns.SUBMISSIONS, row.submissions());
			int64(5, CuratedColumns.FIRST_SEEN, row.firstSeen().toEpochMilli());
			int64(6, CuratedColumns.LAST_SEEN, row.lastSeen().toEpochMilli());
			optionalDouble(7, CuratedColumns.RATING, row.rating());
		}

	}

}

package dev.scaleswell.lake.curate;

import java.io.Serializable;
import java.util.UUID;

import dev.scaleswell.lake.parquet.RowWriteSupport;
import dev.scaleswell.lake.schema.CuratedColumns;
import dev.scaleswell.lake.schema.CuratedSchemas;
import dev.scaleswell.model.record.Dataset;
import dev.scaleswell.model.record.DuelOutcome;
import dev.scaleswell.model.record.DuelResult;
import dev.scaleswell.model.record.LakeRecord;
import dev.scaleswell.model.record.Submission;
import dev.scaleswell.model.warrior.WarriorProfile;
import org.jspecify.annotations.Nullable;

/**
 * A validated record on its way to a curated file, flattened to the curated columns (the
 * identity keys computed where it was decoded, not where it is written), with the raw
 * object it came from. Serializable, so that Spark can move it between stages.
 */
public sealed interface CuratedRow extends Serializable permits CuratedRow.SubmissionRow, CuratedRow.DuelResultRow {

	UUID id();

	/** Epoch milliseconds. */
	long receivedAt();

	String sourceKey();

	/**
	 * The row of a validated record, with its warriors' names as {@code names} has them.
	 */
	static CuratedRow of(LakeRecord record, String sourceKey, WarriorNames names) {
		return switch (record) {
			case Submission submission -> {
				WarriorProfile warrior = submission.warrior();
				yield new SubmissionRow(submission.id(), submission.receivedAt().toEpochMilli(),
						names.of(warrior.name()), warrior.age(), warrior.hero().name(), sourceKey);
			}
			case DuelResult result -> {
				DuelOutcome outcome = result.outcome();
				yield new DuelResultRow(result.id(), result.receivedAt().toEpochMilli(),
						(outcome.occurredAt() != null) ? outcome.occurredAt().toEpochMilli() : null,
						names.of(outcome.name1()), names.of(outcome.name2()), names.of(outcome.winner()), sourceKey);
			}
		};
	}

	static RowWriteSupport<CuratedRow> writer(Dataset dataset) {
		return switch (dataset) {
			case SUBMISSIONS -> new SubmissionWriter();
			case DUEL_RESULTS -> new DuelResultWriter();
		};
	}

	/** A {@link CuratedSchemas#SUBMISSION} row. */
	record SubmissionRow(UUID id, long receivedAt, WarriorName warrior, int age, String hero,
			String sourceKey) implements CuratedRow {

		public String name() {
			return this.warrior.name();
		}

		public String identityKey() {
			return this.warrior.identityKey();
		}

	}

	/** A {@link CuratedSchemas#DUEL_RESULT} row. */
	record DuelResultRow(UUID id, long receivedAt, @Nullable Long occurredAt, WarriorName warrior1,
			WarriorName warrior2, WarriorName winner, String sourceKey) implements CuratedRow {

	}

	/** Writes {@link SubmissionRow}s. */
	final class SubmissionWriter extends RowWriteSupport<CuratedRow> {

		SubmissionWriter() {
			super(CuratedSchemas.SUBMISSION);
		}

		@Override
		protected void writeFields(CuratedRow row) {
			SubmissionRow submission = (SubmissionRow) row;
			string(0, CuratedColumns.ID, submission.id().toString());
			int64(1, CuratedColumns.RECEIVED_AT, submission.receivedAt());
			binary(2, CuratedColumns.NAME, submission.warrior().nameBytes());
			binary(3, CuratedColumns.IDENTITY_KEY, submission.warrior().identityKeyBytes());
			int32(4, CuratedColumns.AGE, submission.age());
			recurringString(5, CuratedColumns.HERO, submission.hero());
			recurringString(6, CuratedColumns.SOURCE_KEY, submission.sourceKey());
		}

	}

	/** Writes {@link DuelResultRow}s. */
	final class DuelResultWriter extends RowWriteSupport<CuratedRow> {

		DuelResultWriter() {
			super(CuratedSchemas.DUEL_RESULT);
		}

		@Override
		protected void writeFields(CuratedRow row) {
			DuelResultRow result = (DuelResultRow) row;
			string(0, CuratedColumns.ID, result.id().toString());
			int64(1, CuratedColumns.RECEIVED_AT, result.receivedAt());
			optionalInt64(2, CuratedColumns.OCCURRED_AT, result.occurredAt());
			binary(3, CuratedColumns.NAME1, result.warrior1().nameBytes());
			binary(4, CuratedColumns.NAME2, result.warrior2().nameBytes());
			binary(5, CuratedColumns.WINNER, result.winner().nameBytes());
			binary(6, CuratedColumns.KEY1, result.warrior1().identityKeyBytes());
			binary(7, CuratedColumns.KEY2, result.warrior2().identityKeyBytes());
			binary(8, CuratedColumns.WINNER_KEY, result.winner().identityKeyBytes());
			recurringString(9, CuratedColumns.SOURCE_KEY, result.sourceKey());
		}

	}

}

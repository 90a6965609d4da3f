package dev.scaleswell.lake.curate;

import java.io.Serializable;
import java.util.UUID;
import java.util.function.UnaryOperator;

import dev.scaleswell.lake.parquet.RowWriteSupport;
import dev.scaleswell.lake.schema.CuratedColumns;
import dev.scaleswell.lake.schema.CuratedSchemas;
import dev.scaleswell.model.record.Dataset;
import dev.scaleswell.model.record.DuelOutcome;
import dev.scaleswell.model.record.DuelResult;
import dev.scaleswell.model.record.LakeRecord;
import dev.scaleswell.model.record.Submission;
import dev.scaleswell.model.warrior.Names;
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

	static CuratedRow of(LakeRecord record, String sourceKey) {
		return of(record, sourceKey, Names::identityKey);
	}

	/**
	 * As {@link #of(LakeRecord, String)}, with the identity keys of names from
	 * {@code identityKeys}, which must answer as {@link Names#identityKey} does (a cache
	 * of it: names recur, and normalising one is not cheap).
	 */
	static CuratedRow of(LakeRecord record, String sourceKey, UnaryOperator<String> identityKeys) {
		return switch (record) {
			case Submission submission -> {
				WarriorProfile warrior = submission.warrior();
				yield new SubmissionRow(submission.id(), submission.receivedAt().toEpochMilli(), warrior.name(),
						identityKeys.apply(warrior.name()), warrior.age(), warrior.hero().name(), sourceKey);
			}
			case DuelResult result -> {
				DuelOutcome outcome = result.outcome();
				yield new DuelResultRow(result.id(), result.receivedAt().toEpochMilli(),
						(outcome.occurredAt() != null) ? outcome.occurredAt().toEpochMilli() : null, outcome.name1(),
						outcome.name2(), outcome.winner(), identityKeys.apply(outcome.name1()),
						identityKeys.apply(outcome.name2()), identityKeys.apply(outcome.winner()), sourceKey);
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
	record SubmissionRow(UUID id, long receivedAt, String name, String identityKey, int age, String hero,
			String sourceKey) implements CuratedRow {

	}

	/** A {@link CuratedSchemas#DUEL_RESULT} row. */
	record DuelResultRow(UUID id, long receivedAt, @Nullable Long occurredAt, String name1, String name2, String winner,
			String key1, String key2, String winnerKey, String sourceKey) implements CuratedRow {

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
			string(2, CuratedColumns.NAME, submission.name());
			string(3, CuratedColumns.IDENTITY_KEY, submission.identityKey());
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
			string(3, CuratedColumns.NAME1, result.name1());
			string(4, CuratedColumns.NAME2, result.name2());
			string(5, CuratedColumns.WINNER, result.winner());
			string(6, CuratedColumns.KEY1, result.key1());
			string(7, CuratedColumns.KEY2, result.key2());
			string(8, CuratedColumns.WINNER_KEY, result.winnerKey());
			recurringString(9, CuratedColumns.SOURCE_KEY, result.sourceKey());
		}

	}

}

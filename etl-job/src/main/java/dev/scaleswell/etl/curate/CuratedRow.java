package dev.scaleswell.etl.curate;

import dev.scaleswell.lake.schema.CuratedColumns;
import dev.scaleswell.lake.schema.CuratedSchemas;
import dev.scaleswell.lake.parquet.RowWriteSupport;
import dev.scaleswell.model.record.Dataset;
import dev.scaleswell.model.record.DuelOutcome;
import dev.scaleswell.model.record.DuelResult;
import dev.scaleswell.model.record.LakeRecord;
import dev.scaleswell.model.record.Submission;
import dev.scaleswell.model.warrior.Names;
import dev.scaleswell.model.warrior.WarriorProfile;

/**
 * A record on its way to a curated file, with the raw object it came from and its
 * identity keys (computed on the decoding threads, not the writing one): the warrior's
 * for a submission; {@code name1}'s, {@code name2}'s and the winner's for a duel result.
 */
record CuratedRow(LakeRecord record, String sourceKey, String[] identityKeys) {

	static CuratedRow of(LakeRecord record, String sourceKey) {
		return switch (record) {
			case Submission submission ->
				new CuratedRow(record, sourceKey, new String[] { submission.warrior().identityKey() });
			case DuelResult result ->
				new CuratedRow(record, sourceKey, new String[] { Names.identityKey(result.outcome().name1()),
						Names.identityKey(result.outcome().name2()), Names.identityKey(result.outcome().winner()) });
		};
	}

	static RowWriteSupport<CuratedRow> writer(Dataset dataset) {
		return switch (dataset) {
			case SUBMISSIONS -> new SubmissionWriter();
			case DUEL_RESULTS -> new DuelResultWriter();
		};
	}

	/** {@link CuratedSchemas#SUBMISSION} rows. */
	static final class SubmissionWriter extends RowWriteSupport<CuratedRow> {

		SubmissionWriter() {
			super(CuratedSchemas.SUBMISSION);
		}

		@Override
		protected void writeFields(CuratedRow row) {
			Submission submission = (Submission) row.record();
			WarriorProfile warrior = submission.warrior();
			string(0, CuratedColumns.ID, submission.id().toString());
			int64(1, CuratedColumns.RECEIVED_AT, submission.receivedAt().toEpochMilli());
			string(2, CuratedColumns.NAME, warrior.name());
			string(3, CuratedColumns.IDENTITY_KEY, row.identityKeys()[0]);
			int32(4, CuratedColumns.AGE, warrior.age());
			string(5, CuratedColumns.HERO, warrior.hero().name());
			string(6, CuratedColumns.SOURCE_KEY, row.sourceKey());
		}

	}

	/** {@link CuratedSchemas#DUEL_RESULT} rows. */
	static final class DuelResultWriter extends RowWriteSupport<CuratedRow> {

		DuelResultWriter() {
			super(CuratedSchemas.DUEL_RESULT);
		}

		@Override
		protected void writeFields(CuratedRow row) {
			DuelResult result = (DuelResult) row.record();
			DuelOutcome outcome = result.outcome();
			string(0, CuratedColumns.ID, result.id().toString());
			int64(1, CuratedColumns.RECEIVED_AT, result.receivedAt().toEpochMilli());
			optionalInt64(2, CuratedColumns.OCCURRED_AT,
					(outcome.occurredAt() != null) ? outcome.occurredAt().toEpochMilli() : null);
			string(3, CuratedColumns.NAME1, outcome.name1());
			string(4, CuratedColumns.NAME2, outcome.name2());
			string(5, CuratedColumns.WINNER, outcome.winner());
			string(6, CuratedColumns.KEY1, row.identityKeys()[0]);
			string(7, CuratedColumns.KEY2, row.identityKeys()[1]);
			string(8, CuratedColumns.WINNER_KEY, row.identityKeys()[2]);
			string(9, CuratedColumns.SOURCE_KEY, row.sourceKey());
		}

	}

}

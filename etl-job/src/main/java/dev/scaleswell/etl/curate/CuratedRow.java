package dev.scaleswell.etl.curate;

import dev.scaleswell.etl.lake.CuratedSchemas;
import dev.scaleswell.etl.lake.RowWriteSupport;
import dev.scaleswell.model.record.Dataset;
import dev.scaleswell.model.record.DuelOutcome;
import dev.scaleswell.model.record.DuelResult;
import dev.scaleswell.model.record.LakeRecord;
import dev.scaleswell.model.record.Submission;
import dev.scaleswell.model.warrior.Names;
import dev.scaleswell.model.warrior.WarriorProfile;

/**
 * A record on its way to a curated file, with the raw object it came from.
 */
record CuratedRow(LakeRecord record, String sourceKey) {

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
			string(0, "id", submission.id().toString());
			int64(1, "received_at", submission.receivedAt().toEpochMilli());
			string(2, "name", warrior.name());
			string(3, "identity_key", warrior.identityKey());
			int32(4, "age", warrior.age());
			string(5, "hero", warrior.hero().name());
			string(6, "source_key", row.sourceKey());
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
			string(0, "id", result.id().toString());
			int64(1, "received_at", result.receivedAt().toEpochMilli());
			optionalInt64(2, "occurred_at",
					(outcome.occurredAt() != null) ? outcome.occurredAt().toEpochMilli() : null);
			string(3, "name1", outcome.name1());
			string(4, "name2", outcome.name2());
			string(5, "winner", outcome.winner());
			string(6, "key1", Names.identityKey(outcome.name1()));
			string(7, "key2", Names.identityKey(outcome.name2()));
			string(8, "winner_key", Names.identityKey(outcome.winner()));
			string(9, "source_key", row.sourceKey());
		}

	}

}

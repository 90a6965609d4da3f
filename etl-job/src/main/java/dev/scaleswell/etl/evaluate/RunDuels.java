package dev.scaleswell.etl.evaluate;

import java.util.List;

/** The duel results one committed ETL run curated. */
record RunDuels(String runId, List<RecordedDuel> duels) {
}

package dev.scaleswell.etl.run;

import java.util.Map;

/**
 * What the curate step did, as far as the rest of the run cares.
 *
 * @param runId the run that is committed in {@code latest.json} after the step
 * @param newData whether the step committed new curated rows
 * @param records counts by dataset and outcome
 * @param detail one line for the report
 */
public record CurateOutcome(String runId, boolean newData, Map<String, Map<String, Long>> records, String detail) {
}

package dev.scaleswell.etl.curate;

import dev.scaleswell.lake.curate.CuratedRow;
import java.util.List;

import dev.scaleswell.model.record.LineError;
import org.jspecify.annotations.Nullable;

/**
 * One raw object, fetched and decoded: its valid records as rows and its bad lines, or
 * why it could not be read at all (corrupt or truncated gzip).
 */
record RawObject(String key, List<CuratedRow> rows, List<LineError> errors, @Nullable String corruptReason) {

	static RawObject unreadable(String key, String reason) {
		return new RawObject(key, List.of(), List.of(), reason);
	}

}

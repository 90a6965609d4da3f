package dev.scaleswell.etl.curate;

import dev.scaleswell.model.record.DecodedObject;
import org.jspecify.annotations.Nullable;

/**
 * One raw object, fetched and decoded: its records and bad lines, or why it could not be
 * read at all (corrupt or truncated gzip).
 */
record RawObject(String key, long bytes, @Nullable DecodedObject decoded, @Nullable String corruptReason) {
}

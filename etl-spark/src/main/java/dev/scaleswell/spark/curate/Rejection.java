package dev.scaleswell.spark.curate;

import java.io.Serializable;

import org.jspecify.annotations.Nullable;

/**
 * A quarantined line, or an unreadable object ({@code lineNumber} 0, {@code line}
 * {@code null}), as the quarantine files record it.
 */
record Rejection(String sourceKey, int lineNumber, String reason, @Nullable String line) implements Serializable {
}

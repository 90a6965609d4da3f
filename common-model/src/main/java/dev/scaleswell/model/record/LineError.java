package dev.scaleswell.model.record;

/**
 * A raw line that could not be read as a valid record, with its 1-based line number and
 * why.
 */
public record LineError(int lineNumber, String line, String reason) {
}

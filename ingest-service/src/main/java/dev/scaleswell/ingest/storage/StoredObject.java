package dev.scaleswell.ingest.storage;

/**
 * The raw object that holds an acknowledged record, and how many records share it.
 */
public record StoredObject(String key, int records) {
}

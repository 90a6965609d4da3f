package dev.scaleswell.model.record;

import java.time.Instant;
import java.util.UUID;

/**
 * A record as stored in the raw zone: a server-assigned id (UUIDv7, or derived from an
 * idempotency key) and the time the server received it.
 */
public sealed interface LakeRecord permits Submission, DuelResult {

	UUID id();

	Instant receivedAt();

	Dataset dataset();

}

package dev.scaleswell.ingest.duel;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A stored duel result, names normalised and the winner spelled as one of them.
 */
public record DuelResultResponse(UUID id, String name1, String name2, String winner, @Nullable Instant occurredAt,
		Instant receivedAt) {
}

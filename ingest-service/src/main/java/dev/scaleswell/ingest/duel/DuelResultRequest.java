package dev.scaleswell.ingest.duel;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * The documented shape of a duel result; read as a JSON tree and checked by the shared
 * validator.
 */
@Schema(description = "A recorded duel: two different warriors (users or heroes) and the winner, one of the two")
record DuelResultRequest(@Schema(example = "Ada Lovelace") String name1, @Schema(example = "Thor") String name2,
		@Schema(example = "Ada Lovelace") String winner, @Schema(example = "2026-12-01T18:30:00Z",
				requiredMode = Schema.RequiredMode.NOT_REQUIRED) @Nullable Instant occurredAt) {
}

package dev.scaleswell.model.record;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A duel outcome reported by a client: two different warriors and the one that won, with
 * the time it happened if the client knows it. Names are normalised; {@code winner} is
 * spelled as {@code name1} or {@code name2}.
 */
public record DuelOutcome(String name1, String name2, String winner, @Nullable Instant occurredAt) {
}

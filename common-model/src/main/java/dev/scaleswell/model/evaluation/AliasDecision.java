package dev.scaleswell.model.evaluation;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One decision about the registry's aliases, kept in the alias history
 * ({@code models/duel/aliases/history/}) with the evidence it rests on.
 *
 * @param at when it was applied
 * @param action what was done: {@code promote}, {@code demote-challenger}, ...
 * @param from the version the alias named before ({@code null}: none)
 * @param to the version it names after ({@code null}: none)
 * @param by who decided: {@code online-verdict}, or {@code operator} for a command by
 * hand
 * @param evidence the verdict it rests on ({@code null} for a decision by hand)
 */
public record AliasDecision(Instant at, String action, @Nullable String from, @Nullable String to, String by,
		@Nullable Verdict evidence) {
}

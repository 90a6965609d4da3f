package dev.scaleswell.model.duel;

import java.util.Objects;

import dev.scaleswell.model.warrior.WarriorProfile;

/**
 * A duel with its outcome: synthetic (drawn by the {@link DuelSimulator}, which knows
 * {@code pAWins}) or recorded by a client ({@code pAWins} is {@code NaN}).
 *
 * @param a the first warrior
 * @param b the second warrior
 * @param aWon whether {@code a} won
 * @param pAWins the true probability that {@code a} wins, or {@code NaN} when unknown
 */
public record LabelledDuel(WarriorProfile a, WarriorProfile b, boolean aWon, double pAWins) {

	public LabelledDuel {
		Objects.requireNonNull(a, "a");
		Objects.requireNonNull(b, "b");
		if (!Double.isNaN(pAWins) && (pAWins < 0 || pAWins > 1)) {
			throw new IllegalArgumentException("pAWins must be in [0, 1] or NaN, was " + pAWins);
		}
	}

	/** A recorded outcome: the true probability is unknown. */
	public static LabelledDuel recorded(WarriorProfile a, WarriorProfile b, boolean aWon) {
		return new LabelledDuel(a, b, aWon, Double.NaN);
	}

	public boolean hasKnownProbability() {
		return !Double.isNaN(this.pAWins);
	}

	/** The same duel seen from the other side. */
	public LabelledDuel swapped() {
		return new LabelledDuel(this.b, this.a, !this.aWon, hasKnownProbability() ? 1 - this.pAWins : Double.NaN);
	}

}

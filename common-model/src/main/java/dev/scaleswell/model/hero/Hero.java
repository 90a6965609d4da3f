package dev.scaleswell.model.hero;

import java.util.Objects;

import dev.scaleswell.model.warrior.Names;

/**
 * A hero of the catalog. A hero's name also denotes a warrior: the hero at
 * {@link #PRIME_AGE}.
 */
public record Hero(String name, HeroStats stats) {

	/**
	 * The age at which a hero's own name duels: the middle of the simulator's peak years.
	 */
	public static final int PRIME_AGE = 30;

	public Hero {
		Objects.requireNonNull(stats, "stats");
		if (name.isBlank()) {
			throw new IllegalArgumentException("hero name must not be blank");
		}
	}

	/** The case-insensitive key this hero is matched by. */
	public String key() {
		return Names.identityKey(this.name);
	}

}

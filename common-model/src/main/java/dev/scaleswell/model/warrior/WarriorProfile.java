package dev.scaleswell.model.warrior;

import java.util.Objects;

import dev.scaleswell.model.hero.Hero;

/**
 * A warrior: a normalised name, an age and the hero it fights as. Built by
 * {@link dev.scaleswell.model.validation.InputValidator} from untrusted input, or
 * directly from trusted data.
 */
public record WarriorProfile(String name, int age, Hero hero) {

	public WarriorProfile {
		Objects.requireNonNull(hero, "hero");
		name = Names.normalise(name);
	}

	/** The hero itself as a warrior, at its prime age. */
	public static WarriorProfile ofHero(Hero hero) {
		return new WarriorProfile(hero.name(), Hero.PRIME_AGE, hero);
	}

	public String identityKey() {
		return Names.identityKey(this.name);
	}

}

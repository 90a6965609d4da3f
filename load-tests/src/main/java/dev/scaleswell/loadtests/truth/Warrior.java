package dev.scaleswell.loadtests.truth;

/**
 * A warrior as the services know it: a name, an age and a hero of the catalog.
 *
 * @param name the name, as submitted
 * @param age the age, 13-100
 * @param hero the hero's name
 */
public record Warrior(String name, int age, String hero) {

	/** A hero's own name denotes the hero at this age (common-model's Hero.PRIME_AGE). */
	public static final int HERO_PRIME_AGE = 30;

	public static Warrior hero(String name) {
		return new Warrior(name, HERO_PRIME_AGE, name);
	}

}

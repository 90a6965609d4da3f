package dev.scaleswell.etl.train;

import java.util.Arrays;
import java.util.List;

import dev.scaleswell.model.duel.DuelModel;
import dev.scaleswell.model.hero.Hero;
import dev.scaleswell.model.warrior.WarriorProfile;

/**
 * A user's rating: the mean probability, under a model, that the user beats each hero of
 * the catalog at its prime age. The model sees only age and hero, so a rating depends on
 * those two alone and is computed once per (age, hero): a million users cost a few
 * thousand predictions.
 */
public final class UserRatings {

	private static final int MAX_AGE = 150;

	private final DuelModel model;

	private final List<Hero> heroes;

	private final List<WarriorProfile> opponents;

	private final double[][] cache;

	public UserRatings(DuelModel model, List<Hero> heroes) {
		this.model = model;
		this.heroes = List.copyOf(heroes);
		this.opponents = this.heroes.stream().map(WarriorProfile::ofHero).toList();
		this.cache = new double[MAX_AGE + 1][];
	}

	/** The rating of a warrior of {@code age} fighting as {@code hero}. */
	public double rating(int age, Hero hero) {
		if (age < 0 || age > MAX_AGE) {
			throw new IllegalArgumentException("age out of range: " + age);
		}
		int index = this.heroes.indexOf(hero);
		if (index < 0) {
			throw new IllegalArgumentException("not a hero of the catalog: " + hero.name());
		}
		double[] byHero = this.cache[age];
		if (byHero == null) {
			byHero = new double[this.heroes.size()];
			Arrays.fill(byHero, Double.NaN);
			this.cache[age] = byHero;
		}
		if (Double.isNaN(byHero[index])) {
			byHero[index] = compute(new WarriorProfile("rated warrior", age, hero));
		}
		return byHero[index];
	}

	private double compute(WarriorProfile warrior) {
		double sum = 0;
		for (WarriorProfile opponent : this.opponents) {
			sum += this.model.probability(warrior, opponent);
		}
		return sum / this.opponents.size();
	}

}

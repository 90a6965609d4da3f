package dev.scaleswell.etl.train;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

import dev.scaleswell.model.hero.Hero;
import dev.scaleswell.model.hero.HeroCatalog;
import dev.scaleswell.model.warrior.WarriorProfile;

/**
 * The warriors duels are drawn between: every user of the snapshot plus every hero at its
 * prime age. Held as two primitive columns (a million users take 8 MB), because the model
 * sees a warrior's age and hero only; {@link #get} builds a profile on demand.
 */
final class Warriors extends AbstractList<WarriorProfile> implements RandomAccess {

	private final List<Hero> heroes;

	private int[] ages = new int[1024];

	private int[] heroIndexes = new int[1024];

	private int users;

	Warriors(HeroCatalog catalog) {
		this.heroes = catalog.all();
	}

	void addUser(int age, Hero hero) {
		if (this.users == this.ages.length) {
			this.ages = Arrays.copyOf(this.ages, this.users * 2);
			this.heroIndexes = Arrays.copyOf(this.heroIndexes, this.users * 2);
		}
		this.ages[this.users] = age;
		this.heroIndexes[this.users] = this.heroes.indexOf(hero);
		this.users++;
	}

	int users() {
		return this.users;
	}

	@Override
	public WarriorProfile get(int index) {
		if (index < this.users) {
			return new WarriorProfile("user " + index, this.ages[index], this.heroes.get(this.heroIndexes[index]));
		}
		return WarriorProfile.ofHero(this.heroes.get(index - this.users));
	}

	@Override
	public int size() {
		return this.users + this.heroes.size();
	}

}

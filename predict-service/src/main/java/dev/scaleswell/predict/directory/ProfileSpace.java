package dev.scaleswell.predict.directory;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import dev.scaleswell.model.hero.Hero;
import dev.scaleswell.model.hero.HeroCatalog;
import dev.scaleswell.model.validation.InputValidator;
import dev.scaleswell.model.warrior.WarriorProfile;

/**
 * Numbers every (hero, age) a warrior can have. The duel model sees only heroes' stats
 * and ages, so two warriors with the same profile index are indistinguishable to it: a
 * pair of indices identifies a prediction exactly, which is what lets a model cache it.
 */
public final class ProfileSpace {

	private static final int AGES = InputValidator.MAX_AGE - InputValidator.MIN_AGE + 1;

	private final Map<Hero, Integer> heroIndex;

	private final int size;

	public ProfileSpace(HeroCatalog catalog) {
		List<Hero> heroes = catalog.all();
		// catalog heroes are singletons: identity lookups avoid hashing records per
		// request
		this.heroIndex = new IdentityHashMap<>(heroes.size() * 2);
		for (int i = 0; i < heroes.size(); i++) {
			this.heroIndex.put(heroes.get(i), i);
		}
		this.size = heroes.size() * AGES;
	}

	/** How many distinct profiles exist. */
	public int size() {
		return this.size;
	}

	/**
	 * The index of a warrior's profile, or {@code -1} when its hero is not this catalog's
	 * instance or its age is out of range.
	 */
	public int indexOf(WarriorProfile warrior) {
		Integer hero = this.heroIndex.get(warrior.hero());
		int age = warrior.age() - InputValidator.MIN_AGE;
		if (hero == null || age < 0 || age >= AGES) {
			return -1;
		}
		return hero * AGES + age;
	}

}

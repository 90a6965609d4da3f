package dev.scaleswell.testsupport.lake;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.function.ToIntFunction;
import java.util.random.RandomGenerator;

import dev.scaleswell.model.hero.Hero;
import dev.scaleswell.model.hero.HeroCatalog;
import dev.scaleswell.model.warrior.WarriorProfile;

/** Seeded warriors: the same seed gives the same names, ages and heroes. */
public final class Warriors {

	private Warriors() {
	}

	/**
	 * {@code count} warriors named {@code "<prefix> <i>"}, ages from a normal curve
	 * around {@code 30 + ageShift} (sd 9, held to 13-100), heroes uniform: populations
	 * whose shift drift detection can see.
	 */
	public static List<WarriorProfile> normal(String prefix, int count, int ageShift, long seed) {
		return draw(prefix, count, new SplittableRandom(seed),
				(random) -> Math.clamp((int) Math.round(30 + ageShift + 9 * random.nextGaussian()), 13, 100));
	}

	/** {@code count} warriors named {@code "Warrior <i>"}, ages and heroes uniform. */
	public static List<WarriorProfile> uniform(int count, long seed) {
		return draw("Warrior", count, new Random(seed), (random) -> 13 + random.nextInt(88));
	}

	private static List<WarriorProfile> draw(String prefix, int count, RandomGenerator random,
			ToIntFunction<RandomGenerator> age) {
		List<Hero> heroes = HeroCatalog.standard().all();
		List<WarriorProfile> warriors = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			warriors.add(new WarriorProfile(prefix + " " + i, age.applyAsInt(random),
					heroes.get(random.nextInt(heroes.size()))));
		}
		return warriors;
	}

}

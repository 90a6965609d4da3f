package dev.scaleswell.model.duel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

import dev.scaleswell.model.hero.HeroCatalog;
import dev.scaleswell.model.hero.HeroStats;
import dev.scaleswell.model.warrior.WarriorProfile;

/**
 * The reference system's "duel pipeline": a known model of who wins, used to draw
 * synthetic training duels and to know the best accuracy any model can reach on them.
 *
 * <p>
 * A warrior's power is its hero's weighted stats scaled by an age curve:
 *
 * <pre>
 * base  = 0.25 strength + 0.20 speed + 0.20 durability + 0.15 intelligence + 0.20 combat   (0-100)
 * age   = 1                          for 25 &lt;= age &lt;= 35 (the peak years)
 *       = 1 - 0.025 (25 - age)       below 25  (13 years old: 0.70)
 *       = 1 - 0.010 (age - 35)       above 35  (100 years old: 0.35)
 * power = base * age
 * P(a beats b) = sigmoid((power(a) - power(b)) / T),  T = 8
 * </pre>
 *
 * The formula sees stats, never hero names, like the model. The catalog is kept so that
 * simulated warriors can be drawn from it.
 */
public final class DuelSimulator {

	/** The temperature T: a power gap of T gives the stronger side 73%. */
	public static final double TEMPERATURE = 8.0;

	private final HeroCatalog catalog;

	public DuelSimulator(HeroCatalog catalog) {
		this.catalog = Objects.requireNonNull(catalog, "catalog");
	}

	/** A warrior's power, 0-100. */
	public static double power(WarriorProfile warrior) {
		HeroStats s = warrior.hero().stats();
		double base = 0.25 * s.strength() + 0.20 * s.speed() + 0.20 * s.durability() + 0.15 * s.intelligence()
				+ 0.20 * s.combat();
		return base * ageFactor(warrior.age());
	}

	/** The age curve: full strength in the peak years 25-35. */
	public static double ageFactor(int age) {
		if (age < 25) {
			return Math.max(0.0, 1 - 0.025 * (25 - age));
		}
		if (age > 35) {
			return Math.max(0.0, 1 - 0.010 * (age - 35));
		}
		return 1.0;
	}

	/** The true probability that {@code a} beats {@code b}. */
	public double winProbability(WarriorProfile a, WarriorProfile b) {
		return 1 / (1 + Math.exp(-(power(a) - power(b)) / TEMPERATURE));
	}

	/**
	 * Draws {@code count} duels between distinct warriors of {@code warriors}, each won
	 * by {@code a} with its true probability. The same arguments give the same duels.
	 */
	public List<LabelledDuel> sample(List<WarriorProfile> warriors, int count, long seed) {
		if (warriors.size() < 2) {
			throw new IllegalArgumentException("need at least two warriors, got " + warriors.size());
		}
		if (count < 0) {
			throw new IllegalArgumentException("count must not be negative, was " + count);
		}
		SplittableRandom random = new SplittableRandom(seed);
		List<LabelledDuel> duels = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			int first = random.nextInt(warriors.size());
			int second = random.nextInt(warriors.size() - 1);
			if (second >= first) {
				second++;
			}
			WarriorProfile a = warriors.get(first);
			WarriorProfile b = warriors.get(second);
			double p = winProbability(a, b);
			duels.add(new LabelledDuel(a, b, random.nextDouble() < p, p));
		}
		return duels;
	}

	/**
	 * {@code count} warriors with heroes drawn uniformly from the catalog and ages
	 * uniformly from 13-100 (the validator's range), named {@code sim-<n>}.
	 */
	public List<WarriorProfile> randomWarriors(int count, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		List<WarriorProfile> warriors = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			warriors.add(new WarriorProfile("sim-" + i, 13 + random.nextInt(88),
					this.catalog.all().get(random.nextInt(this.catalog.all().size()))));
		}
		return warriors;
	}

	/**
	 * The Bayes-optimal accuracy on {@code duels}: the mean of {@code max(p, 1 - p)} over
	 * the duels whose true probability is known ({@code NaN} if none is).
	 */
	public static double bayesAccuracy(List<LabelledDuel> duels) {
		double sum = 0;
		int known = 0;
		for (LabelledDuel duel : duels) {
			if (duel.hasKnownProbability()) {
				sum += Math.max(duel.pAWins(), 1 - duel.pAWins());
				known++;
			}
		}
		return (known > 0) ? sum / known : Double.NaN;
	}

}

package dev.scaleswell.loadtests.truth;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import dev.scaleswell.loadtests.feed.HeroNames;
import dev.scaleswell.loadtests.feed.NamePool;
import dev.scaleswell.loadtests.feed.ZipfSampler;

/**
 * Duel outcomes as nature would record them: two different warriors, each a hero with
 * probability {@code heroShare} (known by catalog) and otherwise one of the first
 * {@code users} users of the name pool (known once submitted and curated, with the pool's
 * fixed profile), drawn with Zipf reuse; the winner drawn from the true win probability.
 * A model's online accuracy on these outcomes can at best reach their Bayes accuracy, the
 * mean of {@code max(p, 1 - p)}.
 */
public final class GroundTruth {

	private final NamePool pool;

	private final List<Warrior> heroes;

	private final ZipfSampler sampler;

	private final double heroShare;

	private final SplittableRandom random;

	public GroundTruth(NamePool pool, int users, double zipfExponent, double heroShare, long seed) {
		if (!(heroShare >= 0 && heroShare <= 1)) {
			throw new IllegalArgumentException("heroShare must be between 0 and 1, was " + heroShare);
		}
		if (users < 0 || users > pool.size()) {
			throw new IllegalArgumentException(
					"users must be between 0 and the pool's " + pool.size() + ", was " + users);
		}
		if ((heroShare < 1 && users < 1) || (heroShare == 0 && users < 2)) {
			throw new IllegalArgumentException("a duel needs two different warriors: give users, or heroShare 1");
		}
		this.pool = pool;
		this.heroes = HeroNames.all().stream().map(Warrior::hero).toList();
		this.sampler = (users > 0) ? new ZipfSampler(users, zipfExponent) : null;
		this.heroShare = heroShare;
		this.random = new SplittableRandom(seed);
	}

	/** The pool's user {@code index} with its fixed profile, as it is to be submitted. */
	public Warrior user(int index) {
		return new Warrior(this.pool.name(index), this.pool.age(index), this.pool.hero(index));
	}

	/** The next outcome between two different warriors. */
	public synchronized Outcome next() {
		Warrior first = side();
		Warrior second = side();
		while (second.name().toLowerCase(Locale.ROOT).equals(first.name().toLowerCase(Locale.ROOT))) {
			second = side();
		}
		return duel(first, second);
	}

	/** An outcome of a duel between {@code a} and {@code b}, {@code a} named first. */
	public synchronized Outcome duel(Warrior a, Warrior b) {
		double p = TrueWinProbability.of(a, b);
		String winner = (this.random.nextDouble() < p) ? a.name() : b.name();
		return new Outcome(a.name(), b.name(), winner, p);
	}

	/**
	 * An endless Gatling feeder of outcomes: {@code name1}, {@code name2},
	 * {@code winner}.
	 */
	public Iterator<Map<String, Object>> feeder() {
		return new Iterator<>() {

			@Override
			public boolean hasNext() {
				return true;
			}

			@Override
			public Map<String, Object> next() {
				return GroundTruth.this.next().asRecord();
			}

		};
	}

	/** The users outcomes can name, with their profiles: to submit before the duels. */
	public List<Warrior> users() {
		int count = (this.sampler != null) ? this.sampler.size() : 0;
		List<Warrior> users = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			users.add(user(i));
		}
		return users;
	}

	private Warrior side() {
		if (this.sampler == null || this.random.nextDouble() < this.heroShare) {
			return this.heroes.get(this.random.nextInt(this.heroes.size()));
		}
		return user(this.sampler.sample(this.random));
	}

	/**
	 * One recorded duel.
	 *
	 * @param name1 the first warrior
	 * @param name2 the second
	 * @param winner the one who won, drawn from {@code probability}
	 * @param probability the true probability that {@code name1} wins
	 */
	public record Outcome(String name1, String name2, String winner, double probability) {

		/** The fields {@code POST /duel-results} takes. */
		public Map<String, Object> asRecord() {
			return Map.of("name1", this.name1, "name2", this.name2, "winner", this.winner);
		}

		public boolean firstWon() {
			return this.winner.equals(this.name1);
		}

	}

}

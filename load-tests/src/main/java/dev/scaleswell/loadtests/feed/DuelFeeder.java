package dev.scaleswell.loadtests.feed;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * An endless stream of duels ({@code name1}, {@code name2}, {@code winner}) between two
 * different warriors. Each side is a hero with probability {@code heroShare} (known to
 * predict-service from the catalog) and otherwise a user from the name pool, drawn with
 * Zipf reuse (known once the ETL has curated its submission).
 */
public final class DuelFeeder implements Iterator<Map<String, Object>> {

	private final NamePool pool;

	private final ZipfSampler sampler;

	private final double heroShare;

	private final List<String> heroes;

	private final SplittableRandom random;

	public DuelFeeder(NamePool pool, double zipfExponent, double heroShare, long seed) {
		if (!(heroShare >= 0 && heroShare <= 1)) {
			throw new IllegalArgumentException("heroShare must be between 0 and 1, was " + heroShare);
		}
		if ((heroShare == 0 && pool.size() < 2) || (heroShare == 1 && HeroNames.all().size() < 2)) {
			throw new IllegalArgumentException("a duel needs two different warriors");
		}
		this.pool = pool;
		this.sampler = new ZipfSampler(pool.size(), zipfExponent);
		this.heroShare = heroShare;
		this.heroes = HeroNames.all();
		this.random = new SplittableRandom(seed);
	}

	@Override
	public boolean hasNext() {
		return true;
	}

	@Override
	public synchronized Map<String, Object> next() {
		String first = side();
		String second = side();
		while (second.toLowerCase(Locale.ROOT).equals(first.toLowerCase(Locale.ROOT))) {
			second = side();
		}
		String winner = this.random.nextBoolean() ? first : second;
		return Map.of("name1", first, "name2", second, "winner", winner);
	}

	private String side() {
		if (this.random.nextDouble() < this.heroShare) {
			return this.heroes.get(this.random.nextInt(this.heroes.size()));
		}
		return this.pool.name(this.sampler.sample(this.random));
	}

}

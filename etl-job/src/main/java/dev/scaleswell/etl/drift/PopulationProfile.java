package dev.scaleswell.etl.drift;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many warriors of each age and each hero a population holds: stored as
 * {@code reference.json} beside a model version (its training population), and measured
 * for each run's new submissions.
 *
 * @param count warriors counted
 * @param ages warriors by age, ascending
 * @param heroes warriors by hero name
 */
public record PopulationProfile(long count, Map<Integer, Long> ages, Map<String, Long> heroes) {

	public PopulationProfile {
		ages = Collections.unmodifiableMap(new TreeMap<>(ages));
		heroes = Collections.unmodifiableMap(new TreeMap<>(heroes));
	}

	public static Builder builder() {
		return new Builder();
	}

	/** Counts warriors one by one. */
	public static final class Builder {

		private final Map<Integer, Long> ages = new TreeMap<>();

		private final Map<String, Long> heroes = new TreeMap<>();

		private long count;

		private Builder() {
		}

		public Builder add(int age, String hero) {
			return add(age, hero, 1);
		}

		public Builder add(int age, String hero, long times) {
			this.ages.merge(age, times, Long::sum);
			this.heroes.merge(hero, times, Long::sum);
			this.count += times;
			return this;
		}

		public PopulationProfile build() {
			return new PopulationProfile(this.count, this.ages, this.heroes);
		}

	}

}

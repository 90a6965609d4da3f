package dev.scaleswell.loadtests.feed;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FeedersTests {

	/** The validator's rule in common-model: 1-64 letters, digits, spaces, - ' . */
	private static final Pattern VALID_NAME = Pattern.compile("[\\p{L}\\p{M}\\p{Nd} \\-'.]{1,64}");

	@Test
	void heroNamesShouldComeFromTheCatalogFile() {
		assertThat(HeroNames.all()).hasSizeGreaterThanOrEqualTo(16).contains("Thor", "Wonder Woman");
		assertThat(HeroNames.isHeroName("  thor ")).isTrue();
		assertThat(HeroNames.isHeroName("Thorr")).isFalse();
	}

	@Test
	void poolNamesShouldBeDistinctValidAndNeverAHero() {
		NamePool pool = new NamePool(50_000);
		Set<String> keys = new HashSet<>();
		for (int i = 0; i < pool.size(); i++) {
			String name = pool.name(i);
			assertThat(name).matches(VALID_NAME);
			assertThat(HeroNames.isHeroName(name)).as(name).isFalse();
			assertThat(keys.add(name.toLowerCase(Locale.ROOT))).as("duplicate %s", name).isTrue();
		}
	}

	@Test
	void profilesShouldBeStablePerNameAndValid() {
		NamePool pool = new NamePool(1_000);
		for (int i = 0; i < pool.size(); i++) {
			assertThat(pool.age(i)).isBetween(13, 100).isEqualTo(pool.age(i));
			assertThat(HeroNames.all()).contains(pool.hero(i));
		}
		assertThat(IntStream.range(0, 1_000).map(pool::age).distinct().count()).isGreaterThan(50);
	}

	@Test
	void submissionsShouldReusePopularNamesWithTheSameProfile() {
		SubmissionFeeder feeder = new SubmissionFeeder(new NamePool(10_000), 1.1, 42);
		Map<String, Integer> counts = new HashMap<>();
		Map<String, Map<String, Object>> profiles = new HashMap<>();
		for (int i = 0; i < 20_000; i++) {
			Map<String, Object> record = feeder.next();
			String name = (String) record.get("name");
			counts.merge(name, 1, Integer::sum);
			Map<String, Object> first = profiles.putIfAbsent(name, record);
			assertThat(first == null || first.equals(record)).as("profile of %s changed", name).isTrue();
		}
		int mostPopular = counts.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
		assertThat(mostPopular).as("the top name is resubmitted often").isGreaterThan(1_000);
		assertThat(counts.size()).as("and a long tail of rare names").isGreaterThan(2_000);
	}

	@Test
	void sameSeedShouldSendTheSameTraffic() {
		List<Map<String, Object>> first = Stream.generate(new SubmissionFeeder(new NamePool(100), 1.0, 9)::next)
			.limit(50)
			.toList();
		List<Map<String, Object>> second = Stream.generate(new SubmissionFeeder(new NamePool(100), 1.0, 9)::next)
			.limit(50)
			.toList();
		assertThat(first).isEqualTo(second);
	}

	@Test
	void duelsShouldOpposeTwoDifferentWarriorsAndNameOneAsWinner() {
		DuelFeeder feeder = new DuelFeeder(new NamePool(100), 1.1, 0.5, 3);
		int heroSides = 0;
		for (int i = 0; i < 5_000; i++) {
			Map<String, Object> duel = feeder.next();
			String name1 = (String) duel.get("name1");
			String name2 = (String) duel.get("name2");
			assertThat(name1).isNotEqualToIgnoringCase(name2);
			assertThat(duel.get("winner")).isIn(name1, name2);
			heroSides += (HeroNames.isHeroName(name1) ? 1 : 0) + (HeroNames.isHeroName(name2) ? 1 : 0);
		}
		assertThat(heroSides / 10_000.0).isBetween(0.45, 0.55);
	}

	@Test
	void heroOnlyDuelsShouldNeverNameAUser() {
		DuelFeeder feeder = new DuelFeeder(new NamePool(100), 1.1, 1.0, 3);
		for (int i = 0; i < 1_000; i++) {
			Map<String, Object> duel = feeder.next();
			assertThat(HeroNames.isHeroName((String) duel.get("name1"))).isTrue();
			assertThat(HeroNames.isHeroName((String) duel.get("name2"))).isTrue();
		}
	}

	@Test
	void userOnlyDuelsWithOneNameShouldBeRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new DuelFeeder(new NamePool(1), 1.0, 0.0, 1))
			.withMessage("a duel needs two different warriors");
	}

}

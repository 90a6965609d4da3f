package dev.scaleswell.model.hero;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class HeroCatalogTests {

	private final HeroCatalog catalog = HeroCatalog.standard();

	@Test
	void standardCatalogShouldHoldAtLeastSixteenHeroesWithThorAmongThem() {
		assertThat(this.catalog.all()).hasSizeGreaterThanOrEqualTo(16);
		assertThat(this.catalog.all()).extracting(Hero::name).contains("Thor");
	}

	@Test
	void findShouldIgnoreCaseAndSurroundingOrRepeatedWhitespace() {
		assertThat(this.catalog.find("thor")).map(Hero::name).contains("Thor");
		assertThat(this.catalog.find("  WONDER   woman ")).map(Hero::name).contains("Wonder Woman");
		assertThat(this.catalog.find("Thorr")).isEmpty();
	}

	@Test
	void everyHeroShouldHaveStatsWithinZeroToHundred() {
		for (Hero hero : this.catalog.all()) {
			HeroStats s = hero.stats();
			assertThat(List.of(s.strength(), s.speed(), s.durability(), s.intelligence(), s.combat())).as(hero.name())
				.allSatisfy((stat) -> assertThat(stat).isBetween(0, 100));
		}
	}

	@Test
	void statOutsideZeroToHundredShouldBeRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> new HeroStats(101, 0, 0, 0, 0))
			.withMessage("strength must be between 0 and 100, was 101");
	}

	@Test
	void duplicateHeroKeysShouldBeRejected() {
		HeroStats stats = new HeroStats(1, 2, 3, 4, 5);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> HeroCatalog.of(List.of(new Hero("Thor", stats), new Hero("THOR", stats))))
			.withMessage("duplicate hero THOR");
	}

}

package dev.scaleswell.loadtests.truth;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import dev.scaleswell.loadtests.feed.HeroNames;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class TrueWinProbabilityTests {

	/**
	 * common-model's compiled classes, beside this module (the build compiles it first).
	 */
	static final Path COMMON_MODEL = Path.of("..", "common-model", "target", "classes");

	static final int[] AGES = { 13, 18, 24, 25, 30, 35, 36, 50, 80, 100 };

	@Test
	void heroesAtTheirPrimeFollowTheDocumentedFormula() {
		// Thor 0.25 x 95 + 0.2 x 80 + 0.2 x 95 + 0.15 x 60 + 0.2 x 90 = 85.75, Hulk 77.5
		assertThat(TrueWinProbability.of(Warrior.hero("Thor"), Warrior.hero("Hulk")))
			.isCloseTo(1 / (1 + Math.exp(-(85.75 - 77.5) / 8)), within(1e-12));
		assertThat(TrueWinProbability.of(Warrior.hero("thor"), new Warrior("Old Thor", 100, "Thor")))
			.isCloseTo(1 / (1 + Math.exp(-(85.75 - 85.75 * 0.35) / 8)), within(1e-12));
	}

	@Test
	void probabilitiesAreAntisymmetric() {
		Warrior a = new Warrior("Karo Velin", 19, "Hulk");
		Warrior b = new Warrior("Mar To", 61, "Thor");
		assertThat(TrueWinProbability.of(a, b) + TrueWinProbability.of(b, a)).isCloseTo(1.0, within(1e-12));
	}

	/**
	 * The probabilities are common-model's DuelSimulator's, for every hero pair at ten
	 * ages each, read from its compiled classes (this module must not depend on it).
	 */
	@Test
	void probabilitiesEqualTheSimulatorsForEveryHeroPairAndAge() throws Exception {
		assumeTrue(Files.isDirectory(COMMON_MODEL.resolve("dev/scaleswell/model/duel")),
				"common-model is not compiled: ./mvnw -pl common-model compile");
		try (URLClassLoader loader = new URLClassLoader(new URL[] { COMMON_MODEL.toUri().toURL() },
				getClass().getClassLoader())) {
			Class<?> catalogType = loader.loadClass("dev.scaleswell.model.hero.HeroCatalog");
			Class<?> heroType = loader.loadClass("dev.scaleswell.model.hero.Hero");
			Class<?> profileType = loader.loadClass("dev.scaleswell.model.warrior.WarriorProfile");
			Class<?> simulatorType = loader.loadClass("dev.scaleswell.model.duel.DuelSimulator");
			Object catalog = catalogType.getMethod("standard").invoke(null);
			Object simulator = simulatorType.getConstructor(catalogType).newInstance(catalog);
			Method find = catalogType.getMethod("find", String.class);
			Method winProbability = simulatorType.getMethod("winProbability", profileType, profileType);
			Constructor<?> profile = profileType.getConstructor(String.class, int.class, heroType);
			List<?> catalogHeroes = (List<?>) catalogType.getMethod("all").invoke(catalog);
			assertThat(catalogHeroes).hasSameSizeAs(HeroNames.all());
			int compared = 0;
			for (String first : HeroNames.all()) {
				Object firstHero = ((Optional<?>) find.invoke(catalog, first)).orElseThrow();
				for (String second : HeroNames.all()) {
					Object secondHero = ((Optional<?>) find.invoke(catalog, second)).orElseThrow();
					for (int age : AGES) {
						Object a = profile.newInstance("a", age, firstHero);
						Object b = profile.newInstance("b", 30, secondHero);
						double expected = (double) winProbability.invoke(simulator, a, b);
						assertThat(TrueWinProbability.of(new Warrior("a", age, first), new Warrior("b", 30, second)))
							.as("%s at %d against %s", first, age, second)
							.isCloseTo(expected, within(1e-12));
						compared++;
					}
				}
			}
			assertThat(compared).isEqualTo(HeroNames.all().size() * HeroNames.all().size() * AGES.length);
		}
	}

}

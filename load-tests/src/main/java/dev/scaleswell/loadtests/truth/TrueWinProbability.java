package dev.scaleswell.loadtests.truth;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import dev.scaleswell.loadtests.feed.HeroNames;

/**
 * The true probability that one warrior beats another: common-model's
 * {@code DuelSimulator.winProbability}, the formula the ETL draws its synthetic duels
 * from and judges models by (Bayes accuracy), over the same hero stats (common-model's
 * {@code heroes.csv}, which the build places beside {@link HeroNames}). This module
 * depends on no other module so that a release runner can start a simulation without
 * building the rest; {@code TrueWinProbabilityTests} checks every profile pair against
 * common-model's own class whenever it is compiled.
 *
 * <pre>
 * base  = 0.25 strength + 0.20 speed + 0.20 durability + 0.15 intelligence + 0.20 combat
 * age   = 1 for 25-35, 1 - 0.025 (25 - age) below, 1 - 0.010 (age - 35) above
 * P(a beats b) = sigmoid((base(a) age(a) - base(b) age(b)) / 8)
 * </pre>
 */
public final class TrueWinProbability {

	static final double TEMPERATURE = 8.0;

	private static final Map<String, Double> BASE_POWER = load();

	private TrueWinProbability() {
	}

	/** P({@code a} beats {@code b}). */
	public static double of(Warrior a, Warrior b) {
		return 1 / (1 + Math.exp(-(power(a) - power(b)) / TEMPERATURE));
	}

	static double power(Warrior warrior) {
		Double base = BASE_POWER.get(warrior.hero().toLowerCase(Locale.ROOT));
		if (base == null) {
			throw new IllegalArgumentException("no hero named '" + warrior.hero() + "' in the catalog");
		}
		return base * ageFactor(warrior.age());
	}

	static double ageFactor(int age) {
		if (age < 25) {
			return Math.max(0.0, 1 - 0.025 * (25 - age));
		}
		if (age > 35) {
			return Math.max(0.0, 1 - 0.010 * (age - 35));
		}
		return 1.0;
	}

	private static Map<String, Double> load() {
		try (InputStream in = Objects.requireNonNull(HeroNames.class.getResourceAsStream("heroes.csv"),
				"heroes.csv beside " + HeroNames.class.getName());
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			Map<String, Double> powers = new LinkedHashMap<>();
			reader.lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#") && !line.startsWith("name,"))
				.forEach((line) -> {
					String[] fields = line.split(",");
					double base = 0.25 * stat(fields[1]) + 0.20 * stat(fields[2]) + 0.20 * stat(fields[3])
							+ 0.15 * stat(fields[4]) + 0.20 * stat(fields[5]);
					powers.put(fields[0].strip().toLowerCase(Locale.ROOT), base);
				});
			return Map.copyOf(powers);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int stat(String field) {
		return Integer.parseInt(field.strip());
	}

}

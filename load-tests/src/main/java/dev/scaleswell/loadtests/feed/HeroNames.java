package dev.scaleswell.loadtests.feed;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The hero names of the catalog, read from common-model's own data file (the build copies
 * {@code heroes.csv} beside this class), so the load tests never send a hero the services
 * do not know.
 */
public final class HeroNames {

	private static final List<String> NAMES = load();

	private HeroNames() {
	}

	public static List<String> all() {
		return NAMES;
	}

	public static boolean isHeroName(String name) {
		String key = name.strip().toLowerCase(Locale.ROOT);
		return NAMES.stream().anyMatch((hero) -> hero.toLowerCase(Locale.ROOT).equals(key));
	}

	private static List<String> load() {
		try (InputStream in = Objects.requireNonNull(HeroNames.class.getResourceAsStream("heroes.csv"),
				"heroes.csv beside " + HeroNames.class.getName());
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			return reader.lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#") && !line.startsWith("name,"))
				.map((line) -> line.substring(0, line.indexOf(',')).strip())
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

package dev.scaleswell.model.hero;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.scaleswell.model.warrior.Names;

/**
 * The heroes a warrior can take, read from the data file {@code heroes.csv} beside this
 * class. Lookups are case-insensitive and whitespace-tolerant (by identity key).
 */
public final class HeroCatalog {

	private static final String RESOURCE = "heroes.csv";

	private static final HeroCatalog STANDARD = load();

	private final Map<String, Hero> heroesByKey;

	private final List<Hero> ordered;

	private HeroCatalog(List<Hero> heroes) {
		Map<String, Hero> byKey = new LinkedHashMap<>();
		for (Hero hero : heroes) {
			if (byKey.putIfAbsent(hero.key(), hero) != null) {
				throw new IllegalArgumentException("duplicate hero " + hero.name());
			}
		}
		this.heroesByKey = Map.copyOf(byKey);
		this.ordered = List.copyOf(byKey.values());
	}

	/** The catalog shipped with this build. */
	public static HeroCatalog standard() {
		return STANDARD;
	}

	public static HeroCatalog of(List<Hero> heroes) {
		return new HeroCatalog(heroes);
	}

	/** Every hero, in catalog order. */
	public List<Hero> all() {
		return this.ordered;
	}

	/**
	 * The hero named {@code name}, ignoring case and surrounding or repeated whitespace.
	 */
	public Optional<Hero> find(String name) {
		return Optional.ofNullable(this.heroesByKey.get(Names.identityKey(name)));
	}

	/** Whether {@code name} is a hero's name, and so reserved: no user may take it. */
	public boolean isHeroName(String name) {
		return this.heroesByKey.containsKey(Names.identityKey(name));
	}

	private static HeroCatalog load() {
		try (InputStream in = Objects.requireNonNull(HeroCatalog.class.getResourceAsStream(RESOURCE), RESOURCE);
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			return new HeroCatalog(reader.lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#") && !line.startsWith("name,"))
				.map(HeroCatalog::parse)
				.toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Hero parse(String line) {
		String[] cells = line.split(",");
		if (cells.length != 6) {
			throw new IllegalStateException("malformed hero line: " + line);
		}
		return new Hero(cells[0].strip(),
				new HeroStats(stat(cells[1]), stat(cells[2]), stat(cells[3]), stat(cells[4]), stat(cells[5])));
	}

	private static int stat(String cell) {
		return Integer.parseInt(cell.strip());
	}

}

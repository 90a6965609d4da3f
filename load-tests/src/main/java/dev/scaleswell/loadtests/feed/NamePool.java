package dev.scaleswell.loadtests.feed;

import java.util.List;

/**
 * A pool of distinct, valid warrior names ("Karo Velin"), name {@code i} always the same,
 * so runs are repeatable and a rank from {@link ZipfSampler} means the same warrior every
 * time. Each name has a stable profile (age and hero) derived from it, as a returning
 * user would resubmit.
 */
public final class NamePool {

	private static final String[] SYLLABLES = { "ka", "ro", "ve", "lin", "mar", "to", "sa", "ri", "dan", "el", "mo",
			"ra", "ju", "ne", "tor", "is", "ba", "lo", "che", "an", "fi", "go", "ha", "ul", "pe", "ny", "zo", "qu",
			"wen", "dri", "os", "cal" };

	/** The most names four syllables can spell. */
	public static final int MAX_SIZE = SYLLABLES.length * SYLLABLES.length * SYLLABLES.length * SYLLABLES.length;

	private static final int MIN_AGE = 13;

	private static final int AGES = 100 - MIN_AGE + 1;

	private final int size;

	private final List<String> heroes;

	public NamePool(int size) {
		if (size < 1 || size > MAX_SIZE) {
			throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE + ", was " + size);
		}
		this.size = size;
		this.heroes = HeroNames.all();
	}

	public int size() {
		return this.size;
	}

	/**
	 * The name at this index: two capitalised two-syllable words, never a hero's name.
	 */
	public String name(int index) {
		int s = SYLLABLES.length;
		String name = word(index % s, (index / s) % s) + " " + word((index / (s * s)) % s, (index / (s * s * s)) % s);
		return HeroNames.isHeroName(name) ? name + " Jr" : name;
	}

	public int age(int index) {
		return MIN_AGE + Math.floorMod(mix(index), AGES);
	}

	public String hero(int index) {
		return this.heroes.get(Math.floorMod(mix(index) >>> 8, this.heroes.size()));
	}

	private static String word(int first, int second) {
		String syllables = SYLLABLES[first] + SYLLABLES[second];
		return Character.toUpperCase(syllables.charAt(0)) + syllables.substring(1);
	}

	/** A cheap, well-spread hash, so neighbouring names get unrelated profiles. */
	private static int mix(int index) {
		int h = index * 0x9E3779B1;
		return h ^ (h >>> 15);
	}

}

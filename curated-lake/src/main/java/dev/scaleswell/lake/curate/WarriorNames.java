package dev.scaleswell.lake.curate;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The warrior names a run's decoding threads have seen, bounded: it starts over past
 * {@link #LIMIT} names. The same warriors submit again and again, and normalising an
 * accented name (Unicode composition, a regular expression) costs more than looking it
 * up; every row of a name then shares one {@link WarriorName}, whichever thread decoded
 * it. Thread-safe.
 */
public final class WarriorNames {

	static final int LIMIT = 100_000;

	private final Map<String, WarriorName> names = new ConcurrentHashMap<>();

	public WarriorName of(String name) {
		WarriorName known = this.names.get(name);
		if (known == null) {
			if (this.names.size() >= LIMIT) {
				this.names.clear();
			}
			known = this.names.computeIfAbsent(name, WarriorName::of);
		}
		return known;
	}

}

package dev.scaleswell.predict.directory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.scaleswell.model.warrior.Names;

/**
 * The warriors of one {@link WarriorDirectory} sorted by identity key, for prefix search:
 * a binary search to the first match, then at most {@code limit} steps. Built once per
 * directory (sorting a million keys takes well under a second), never per request.
 */
final class WarriorIndex {

	private final WarriorDirectory directory;

	private final Warrior[] sorted;

	private final Set<String> heroKeys;

	private WarriorIndex(WarriorDirectory directory) {
		this.directory = directory;
		this.sorted = directory.byKey().values().toArray(Warrior[]::new);
		Arrays.sort(this.sorted, Comparator.comparing(Warrior::key));
		this.heroKeys = new HashSet<>();
		directory.heroes().forEach((hero) -> this.heroKeys.add(hero.key()));
	}

	static WarriorIndex of(WarriorDirectory directory) {
		return new WarriorIndex(directory);
	}

	boolean indexes(WarriorDirectory candidate) {
		return this.directory == candidate;
	}

	/**
	 * Up to {@code limit} warriors whose identity key starts with {@code prefix}'s, in
	 * key order.
	 */
	List<Match> search(String prefix, int limit) {
		String key = Names.identityKey(prefix);
		int low = 0;
		int high = this.sorted.length;
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (this.sorted[middle].key().compareTo(key) < 0) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		List<Match> matches = new ArrayList<>(Math.min(limit, 16));
		for (int i = low; i < this.sorted.length && matches.size() < limit
				&& this.sorted[i].key().startsWith(key); i++) {
			Warrior warrior = this.sorted[i];
			matches.add(new Match(warrior.name(), this.heroKeys.contains(warrior.key()) ? "hero" : "user",
					warrior.profile().hero().name(), warrior.profile().age()));
		}
		return matches;
	}

	/**
	 * A warrior a duel can name; {@code kind} is {@code hero} (a hero at its prime age)
	 * or {@code user} (a user of the ETL snapshot).
	 */
	record Match(String name, String kind, String hero, int age) {
	}

}

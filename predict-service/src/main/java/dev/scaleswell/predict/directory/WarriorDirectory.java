package dev.scaleswell.predict.directory;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.scaleswell.model.hero.HeroCatalog;
import dev.scaleswell.model.warrior.Names;
import dev.scaleswell.model.warrior.WarriorProfile;
import org.jspecify.annotations.Nullable;

/**
 * An immutable snapshot of every warrior a duel can name: the heroes (at their prime age)
 * and the users of one ETL run, by identity key.
 *
 * @param snapshot the ETL run the users come from, {@code null} before any is loaded or
 * when the lake has none yet
 */
public record WarriorDirectory(Map<String, Warrior> byKey, List<Warrior> heroes, int users,
		@Nullable Snapshot snapshot) {

	/** Which ETL commit the users came from. */
	public record Snapshot(String runId, Instant committedAt, String etag) {
	}

	/** The heroes alone: what the service can name before the first snapshot loads. */
	public static WarriorDirectory heroesOnly(HeroCatalog catalog, ProfileSpace space) {
		return of(catalog, space, List.of(), null);
	}

	/**
	 * A directory of the heroes plus {@code users}. A user never shadows a hero (the
	 * validator reserves heroes' names; a user row that clashes anyway is ignored).
	 */
	public static WarriorDirectory of(HeroCatalog catalog, ProfileSpace space, List<WarriorProfile> users,
			@Nullable Snapshot snapshot) {
		List<Warrior> heroes = catalog.all()
			.stream()
			.map(WarriorProfile::ofHero)
			.map((profile) -> warrior(profile, space))
			.toList();
		Map<String, Warrior> byKey = HashMap.newHashMap(heroes.size() + users.size());
		heroes.forEach((hero) -> byKey.put(hero.key(), hero));
		int userCount = 0;
		for (WarriorProfile user : users) {
			Warrior warrior = warrior(user, space);
			if (byKey.putIfAbsent(warrior.key(), warrior) == null) {
				userCount++;
			}
		}
		return new WarriorDirectory(Map.copyOf(byKey), heroes, userCount, snapshot);
	}

	/** The warrior named {@code name}, matched as its identity key. */
	public @Nullable Warrior find(String name) {
		return this.byKey.get(Names.identityKey(name));
	}

	private static Warrior warrior(WarriorProfile profile, ProfileSpace space) {
		return new Warrior(profile.identityKey(), profile, space.indexOf(profile));
	}

}

package dev.scaleswell.predict.directory;

import dev.scaleswell.model.warrior.WarriorProfile;

/**
 * A warrior a duel can name, resolved once: its identity key, its display name, its
 * profile and the profile's index in the {@link ProfileSpace} ({@code -1} if outside it).
 */
public record Warrior(String key, WarriorProfile profile, int profileIndex) {

	public String name() {
		return this.profile.name();
	}

}

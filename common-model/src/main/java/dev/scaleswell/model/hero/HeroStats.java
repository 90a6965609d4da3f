package dev.scaleswell.model.hero;

/**
 * A hero's five stats, each 0-100.
 */
public record HeroStats(int strength, int speed, int durability, int intelligence, int combat) {

	public HeroStats {
		requireStat("strength", strength);
		requireStat("speed", speed);
		requireStat("durability", durability);
		requireStat("intelligence", intelligence);
		requireStat("combat", combat);
	}

	private static void requireStat(String stat, int value) {
		if (value < 0 || value > 100) {
			throw new IllegalArgumentException(stat + " must be between 0 and 100, was " + value);
		}
	}

}

package dev.scaleswell.model.duel;

import java.util.ArrayList;
import java.util.List;

import dev.scaleswell.model.hero.HeroStats;
import dev.scaleswell.model.warrior.WarriorProfile;

/**
 * Turns a pair of warriors into the model's feature row, the same way at training and at
 * serving. The row is {@code a}'s five hero stats and age, then {@code b}'s, then the six
 * differences {@code a - b}. Hero identities never appear, so a new hero needs no
 * retraining.
 */
public final class FeatureEncoder {

	/**
	 * Version of the row layout below; a model trained on another layout is refused.
	 */
	public static final int SCHEMA_VERSION = 1;

	/** Values per side: the five stats and the age. */
	public static final int SIDE = 6;

	public static final int FEATURES = 3 * SIDE;

	private static final List<String> SIDE_NAMES = List.of("strength", "speed", "durability", "intelligence", "combat",
			"age");

	private static final List<String> NAMES = names();

	private FeatureEncoder() {
	}

	/**
	 * The feature names in row order: {@code a_strength ... a_age, b_strength ...
	 * b_age, d_strength ... d_age}.
	 */
	public static List<String> featureNames() {
		return NAMES;
	}

	/** The row for the duel {@code a} against {@code b}. */
	public static double[] encode(WarriorProfile a, WarriorProfile b) {
		double[] row = new double[FEATURES];
		side(a, row, 0);
		side(b, row, SIDE);
		for (int i = 0; i < SIDE; i++) {
			row[2 * SIDE + i] = row[i] - row[SIDE + i];
		}
		return row;
	}

	/**
	 * The row of the same duel from the other side: the sides exchanged and the
	 * differences negated. {@code swap(encode(a, b))} equals {@code encode(b, a)}.
	 */
	public static double[] swap(double[] row) {
		requireRow(row);
		double[] swapped = new double[FEATURES];
		System.arraycopy(row, SIDE, swapped, 0, SIDE);
		System.arraycopy(row, 0, swapped, SIDE, SIDE);
		for (int i = 2 * SIDE; i < FEATURES; i++) {
			swapped[i] = -row[i];
		}
		return swapped;
	}

	static void requireRow(double[] row) {
		if (row.length != FEATURES) {
			throw new IllegalArgumentException("a feature row has " + FEATURES + " values, got " + row.length);
		}
		for (int i = 0; i < FEATURES; i++) {
			if (!Double.isFinite(row[i])) {
				throw new IllegalArgumentException("feature " + NAMES.get(i) + " is not finite: " + row[i]);
			}
		}
	}

	private static void side(WarriorProfile warrior, double[] row, int offset) {
		HeroStats stats = warrior.hero().stats();
		row[offset] = stats.strength();
		row[offset + 1] = stats.speed();
		row[offset + 2] = stats.durability();
		row[offset + 3] = stats.intelligence();
		row[offset + 4] = stats.combat();
		row[offset + 5] = warrior.age();
	}

	private static List<String> names() {
		List<String> names = new ArrayList<>(FEATURES);
		for (String prefix : List.of("a_", "b_", "d_")) {
			SIDE_NAMES.forEach((name) -> names.add(prefix + name));
		}
		return List.copyOf(names);
	}

}

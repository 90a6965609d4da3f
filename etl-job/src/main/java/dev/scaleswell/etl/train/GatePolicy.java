package dev.scaleswell.etl.train;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * When a newly trained model may replace the champion: its holdout accuracy must reach an
 * absolute floor, and must not fall below the champion's accuracy on the same holdout by
 * more than a margin. The first model needs only the floor.
 *
 * @param margin how far below the champion a candidate may be (0.005 = half a point)
 * @param floor the lowest acceptable holdout accuracy
 */
public record GatePolicy(double margin, double floor) {

	public static final double DEFAULT_MARGIN = 0.005;

	public static final double DEFAULT_FLOOR = 0.70;

	public GatePolicy {
		if (!(margin >= 0 && margin < 1)) {
			throw new IllegalArgumentException("gate margin must be in [0, 1), was " + margin);
		}
		if (!(floor >= 0 && floor <= 1)) {
			throw new IllegalArgumentException("gate floor must be in [0, 1], was " + floor);
		}
	}

	public static GatePolicy defaults() {
		return new GatePolicy(DEFAULT_MARGIN, DEFAULT_FLOOR);
	}

	/**
	 * Judges a candidate.
	 * @param candidateAccuracy the candidate's accuracy on its holdout
	 * @param championVersion the current champion, {@code null} if there is none
	 * @param championAccuracy the champion's accuracy on the same holdout ({@code null}
	 * exactly when there is no champion)
	 */
	public GateDecision judge(double candidateAccuracy, @Nullable String championVersion,
			@Nullable Double championAccuracy) {
		if ((championVersion == null) != (championAccuracy == null)) {
			throw new IllegalArgumentException("a champion needs its accuracy on the holdout, and only a champion");
		}
		boolean belowFloor = candidateAccuracy < this.floor;
		String floorText = "the floor " + percent(this.floor);
		if (championVersion == null || championAccuracy == null) {
			String accuracy = "holdout accuracy " + percent(candidateAccuracy);
			return belowFloor
					? GateDecision.rejected("first model: %s is below %s".formatted(accuracy, floorText), null, null)
					: GateDecision.promoted("first model: %s reaches %s".formatted(accuracy, floorText), null, null);
		}
		double behind = championAccuracy - candidateAccuracy;
		boolean beyondMargin = behind > this.margin;
		String comparison = "holdout accuracy %s vs champion %s's %s on the same holdout"
			.formatted(percent(candidateAccuracy), championVersion, percent(championAccuracy));
		String marginText = beyondMargin
				? "%s points behind, more than the margin of %s".formatted(points(behind), points(this.margin))
				: "within the margin of %s points".formatted(points(this.margin));
		if (belowFloor || beyondMargin) {
			return GateDecision.rejected(
					"%s: %s%s".formatted(comparison, marginText, belowFloor ? ", and below " + floorText : ""),
					championVersion, championAccuracy);
		}
		return GateDecision.promoted("%s: %s, and reaches %s".formatted(comparison, marginText, floorText),
				championVersion, championAccuracy);
	}

	private static String percent(double accuracy) {
		return String.format(Locale.ROOT, "%.2f%%", accuracy * 100);
	}

	private static String points(double accuracyDifference) {
		return String.format(Locale.ROOT, "%.2f", accuracyDifference * 100);
	}

}

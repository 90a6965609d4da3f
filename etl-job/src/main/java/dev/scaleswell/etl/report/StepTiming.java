package dev.scaleswell.etl.report;

import java.time.Duration;

/**
 * How one step of a run ended and how long it took.
 *
 * @param step the step's name ({@code curate}, {@code train}, ...)
 * @param outcome {@code succeeded}, {@code skipped} or {@code failed}
 * @param seconds wall-clock duration
 * @param detail one line saying what the step did or why it was skipped
 */
public record StepTiming(String step, String outcome, double seconds, String detail) {

	public static StepTiming succeeded(String step, Duration took, String detail) {
		return new StepTiming(step, "succeeded", seconds(took), detail);
	}

	public static StepTiming skipped(String step, Duration took, String detail) {
		return new StepTiming(step, "skipped", seconds(took), detail);
	}

	public static StepTiming failed(String step, Duration took, String detail) {
		return new StepTiming(step, "failed", seconds(took), detail);
	}

	private static double seconds(Duration took) {
		return took.toNanos() / 1e9;
	}

}

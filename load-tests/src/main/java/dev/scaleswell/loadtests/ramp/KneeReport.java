package dev.scaleswell.loadtests.ramp;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.scaleswell.loadtests.config.Slo;

/**
 * The knee of a ramp: the highest arrival rate that met the SLO before the first level
 * that broke it. A level that sent no request (the load generator fell behind) counts as
 * broken.
 *
 * @param target what was driven
 * @param slo the objective
 * @param levels every level, in order
 */
public record KneeReport(String target, Slo slo, List<LevelStats> levels) {

	/** The last level that met the SLO before the first that did not, if any met it. */
	public Optional<LevelStats> knee() {
		LevelStats knee = null;
		for (LevelStats level : this.levels) {
			if (!meets(level)) {
				break;
			}
			knee = level;
		}
		return Optional.ofNullable(knee);
	}

	/** The first level that broke the SLO, if one did. */
	public Optional<LevelStats> firstBreak() {
		return this.levels.stream().filter((level) -> !meets(level)).findFirst();
	}

	private boolean meets(LevelStats level) {
		return level.requests() > 0 && this.slo.isMetBy(level.p99Millis(), level.errorPercent());
	}

	/** A markdown table of the levels followed by one line stating the knee. */
	public String toMarkdown() {
		StringBuilder out = new StringBuilder();
		out.append("| offered req/s | achieved req/s | requests | errors % | p50 ms | p95 ms | p99 ms | SLO |\n");
		out.append("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n");
		for (LevelStats level : this.levels) {
			out.append(String.format(Locale.ROOT, "| %d | %.1f | %d | %.2f | %d | %d | %d | %s |%n", level.offeredRps(),
					level.achievedRps(), level.requests(), level.errorPercent(), level.p50Millis(), level.p95Millis(),
					level.p99Millis(), meets(level) ? "met" : "broken"));
		}
		out.append('\n').append(summary()).append('\n');
		return out.toString();
	}

	/** One line: where the knee is, and what broke. */
	public String summary() {
		String objective = String.format(Locale.ROOT, "p99 <= %d ms, errors <= %.2f%%", this.slo.p99Millis(),
				this.slo.maxErrorPercent());
		Optional<LevelStats> knee = knee();
		Optional<LevelStats> broke = firstBreak();
		if (knee.isEmpty()) {
			return "knee(" + this.target + "): none: the first level already broke the SLO (" + objective
					+ "); start lower";
		}
		if (broke.isEmpty()) {
			return String.format(Locale.ROOT, "knee(%s): not reached: the SLO (%s) held up to %d req/s; ramp higher",
					this.target, objective, knee.get().offeredRps());
		}
		LevelStats b = broke.get();
		return String.format(Locale.ROOT,
				"knee(%s): %d req/s offered, %.1f achieved (SLO %s); broke at %d req/s with p99 %d ms, errors %.2f%%",
				this.target, knee.get().offeredRps(), knee.get().achievedRps(), objective, b.offeredRps(),
				b.p99Millis(), b.errorPercent());
	}

}

package dev.scaleswell.loadtests.ramp;

import java.util.List;

import dev.scaleswell.loadtests.config.RampPlan;
import dev.scaleswell.loadtests.config.Slo;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KneeReportTests {

	private static final Slo SLO = new Slo(50, 1.0);

	@Test
	void kneeShouldBeTheLastLevelBeforeTheFirstBreak() {
		KneeReport report = new KneeReport("duel", SLO,
				List.of(level(100, 10, 0), level(200, 20, 0), level(300, 80, 0), level(400, 30, 0)));
		assertThat(report.knee()).map(LevelStats::offeredRps).contains(200);
		assertThat(report.firstBreak()).map(LevelStats::offeredRps).contains(300);
		assertThat(report.summary()).isEqualTo(
				"knee(duel): 200 req/s offered, 200.0 achieved (SLO p99 <= 50 ms, errors <= 1.00%); broke at 300 req/s with p99 80 ms, errors 0.00%");
	}

	@Test
	void errorsAboveTheObjectiveShouldBreakTheSloEvenWhenFast() {
		KneeReport report = new KneeReport("submit", SLO, List.of(level(100, 5, 0), level(200, 5, 30)));
		assertThat(report.knee()).map(LevelStats::offeredRps).contains(100);
		assertThat(report.firstBreak()).map(LevelStats::offeredRps).contains(200);
	}

	@Test
	void aLevelThatSentNothingShouldCountAsBroken() {
		KneeReport report = new KneeReport("duel", SLO,
				List.of(level(100, 5, 0), new LevelStats(200, 0, 0, 0, 0, 0, 0)));
		assertThat(report.knee()).map(LevelStats::offeredRps).contains(100);
	}

	@Test
	void brokenFirstLevelShouldHaveNoKnee() {
		KneeReport report = new KneeReport("duel", SLO, List.of(level(100, 500, 0)));
		assertThat(report.knee()).isEmpty();
		assertThat(report.summary()).contains("the first level already broke the SLO");
	}

	@Test
	void sloHeldThroughoutShouldSayTheKneeWasNotReached() {
		KneeReport report = new KneeReport("baseline", SLO, List.of(level(100, 1, 0), level(200, 2, 0)));
		assertThat(report.firstBreak()).isEmpty();
		assertThat(report.summary()).contains("not reached").contains("held up to 200 req/s");
	}

	@Test
	void markdownShouldListEveryLevel() {
		String markdown = new KneeReport("duel", SLO, List.of(level(100, 10, 0), level(200, 80, 0))).toMarkdown();
		assertThat(markdown).contains("| 100 | 100.0 | 1000 | 0.00 | 5 | 9 | 10 | met |")
			.contains("| 200 | 200.0 | 2000 | 0.00 | 40 | 72 | 80 | broken |");
	}

	@Test
	void recorderShouldAttributeRequestsToTheLevelTheyStartedIn() {
		RampRecorder recorder = new RampRecorder(new RampPlan(0, 10, 10, 2, 2));
		long origin = 1_000_000_000L;
		recorder.start(origin);
		for (int i = 1; i <= 100; i++) {
			recorder.record(origin + 500_000_000L, i, true);
		}
		recorder.record(origin + 2_100_000_000L, 7, false);
		recorder.record(origin + 2_200_000_000L, 9, true);
		recorder.record(origin + 4_000_000_000L, 1, true);
		recorder.startIfUnstarted(origin + 999);
		List<LevelStats> levels = recorder.levels();
		assertThat(levels.get(0)).isEqualTo(new LevelStats(10, 100, 0, 50.0, 50, 95, 99));
		assertThat(levels.get(1)).isEqualTo(new LevelStats(20, 2, 1, 1.0, 7, 9, 9));
		assertThat(recorder.elapsedMillis(origin + 3_000_000L)).as("a started clock is not restarted").isEqualTo(3);
	}

	/**
	 * A level whose p50/p95 are fixed fractions of its p99 and whose requests are 10 s of
	 * the offer.
	 */
	private static LevelStats level(int rps, long p99, long failures) {
		return new LevelStats(rps, rps * 10L, failures * rps * 10L / 100, rps, p99 / 2, p99 * 9 / 10, p99);
	}

}

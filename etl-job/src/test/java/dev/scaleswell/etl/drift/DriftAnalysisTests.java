package dev.scaleswell.etl.drift;

import java.time.Instant;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DriftAnalysisTests {

	private static final Instant NOW = Instant.parse("2026-12-01T19:00:00Z");

	private static final String[] HEROES = { "Thor", "Hulk", "Storm", "Wolverine" };

	private final DriftAnalysis analysis = new DriftAnalysis(DriftAnalysis.DEFAULT_THRESHOLD);

	@Test
	void samplesOfTheSamePopulationShouldNotDrift() {
		DriftReport report = this.analysis.compare("r1", NOW, "v1", population(1, 5000, 0), population(2, 800, 0));
		assertThat(report.status()).isEqualTo(DriftReport.MEASURED);
		assertThat(report.drifted()).isFalse();
		assertThat(report.age().psi()).isLessThan(0.05);
		assertThat(report.age().ksPValue()).isGreaterThan(0.01);
		assertThat(report.hero().psi()).isLessThan(0.05);
	}

	@Test
	void agesShiftedByFifteenYearsShouldDriftOnAgeOnly() {
		DriftReport report = this.analysis.compare("r1", NOW, "v1", population(1, 5000, 0), population(2, 800, 15));
		assertThat(report.drifted()).isTrue();
		assertThat(report.age().drifted()).isTrue();
		assertThat(report.age().psi()).isGreaterThan(0.2);
		assertThat(report.age().ksStatistic()).isGreaterThan(0.3);
		assertThat(report.hero().drifted()).isFalse();
	}

	@Test
	void aHeroMixTakenOverByOneHeroShouldDriftOnHero() {
		PopulationProfile.Builder current = PopulationProfile.builder();
		for (int i = 0; i < 400; i++) {
			current.add(20 + (i % 30), (i % 10 == 0) ? "Hulk" : "Thor");
		}
		DriftReport report = this.analysis.compare("r1", NOW, "v1", population(1, 5000, 0), current.build());
		assertThat(report.hero().drifted()).isTrue();
		assertThat(report.hero().bins()).extracting(DriftReport.Bin::bin)
			.containsExactly("Hulk", "Storm", "Thor", "Wolverine");
	}

	@Test
	void withoutAReferenceNothingShouldBeMeasured() {
		DriftReport report = this.analysis.compare("r1", NOW, null, null, population(2, 10, 0));
		assertThat(report.status()).isEqualTo(DriftReport.NO_REFERENCE);
		assertThat(report.drifted()).isFalse();
		assertThat(report.age()).isNull();
	}

	@Test
	void withoutNewSubmissionsNothingShouldBeMeasured() {
		DriftReport report = this.analysis.compare("r1", NOW, "v1", population(1, 100, 0),
				PopulationProfile.builder().build());
		assertThat(report.status()).isEqualTo(DriftReport.NO_NEW_SUBMISSIONS);
		assertThat(report.drifted()).isFalse();
	}

	private static PopulationProfile population(long seed, int size, int ageShift) {
		Random random = new Random(seed);
		PopulationProfile.Builder builder = PopulationProfile.builder();
		for (int i = 0; i < size; i++) {
			int age = (int) Math.round(30 + 8 * random.nextGaussian()) + ageShift;
			builder.add(Math.clamp(age, 13, 100), HEROES[random.nextInt(HEROES.length)]);
		}
		return builder.build();
	}

}

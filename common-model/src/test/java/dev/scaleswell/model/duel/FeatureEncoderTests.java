package dev.scaleswell.model.duel;

import org.junit.jupiter.api.Test;

import dev.scaleswell.model.hero.HeroCatalog;
import dev.scaleswell.model.warrior.WarriorProfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FeatureEncoderTests {

	private final WarriorProfile thor = new WarriorProfile("Ann", 30,
			HeroCatalog.standard().find("Thor").orElseThrow());

	private final WarriorProfile batman = new WarriorProfile("Bob", 61,
			HeroCatalog.standard().find("Batman").orElseThrow());

	@Test
	void featureNamesListBothSidesThenDifferences() {
		assertThat(FeatureEncoder.featureNames()).hasSize(FeatureEncoder.FEATURES)
			.startsWith("a_strength", "a_speed")
			.contains("b_age", "d_combat")
			.endsWith("d_age")
			.doesNotHaveDuplicates();
	}

	@Test
	void encodeWritesStatsAgeAndDifferences() {
		double[] row = FeatureEncoder.encode(this.thor, this.batman);
		assertThat(row).containsExactly(95, 80, 95, 60, 90, 30, 40, 50, 55, 95, 95, 61, 55, 30, 40, -35, -5, -31);
	}

	@Test
	void swapOfEncodedRowIsTheOtherOrder() {
		assertThat(FeatureEncoder.swap(FeatureEncoder.encode(this.thor, this.batman)))
			.containsExactly(FeatureEncoder.encode(this.batman, this.thor));
	}

	@Test
	void swapWhenRowHasWrongWidthShouldThrow() {
		assertThatIllegalArgumentException().isThrownBy(() -> FeatureEncoder.swap(new double[17]))
			.withMessageContaining("18");
	}

	@Test
	void swapWhenRowHasNaNShouldThrow() {
		double[] row = FeatureEncoder.encode(this.thor, this.batman);
		row[5] = Double.NaN;
		assertThatIllegalArgumentException().isThrownBy(() -> FeatureEncoder.swap(row)).withMessageContaining("a_age");
	}

}

package dev.scaleswell.lake.aggregate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packed counters against a plain map fed the same results: through many growths,
 * with keys that collide.
 */
class DuelRecordsTests {

	@Test
	void recordShouldCountEveryWarriorsWinsAndLossesApart() {
		DuelRecords records = new DuelRecords();
		Map<String, long[]> expected = new HashMap<>();
		SplittableRandom random = new SplittableRandom(7);
		for (int i = 0; i < 300_000; i++) {
			// "Aa" and "BB" have the same hash code: every pair of such keys collides
			String key = ((random.nextBoolean()) ? "Aa" : "BB") + random.nextInt(50_000);
			boolean won = random.nextInt(3) == 0;
			records.record(key, won);
			expected.computeIfAbsent(key, (k) -> new long[2])[won ? 0 : 1]++;
		}
		Map<String, long[]> counted = new HashMap<>();
		records.forEach(
				(duelist) -> assertThat(counted.put(duelist.key(), new long[] { duelist.wins(), duelist.losses() }))
					.as("each warrior once")
					.isNull());
		assertThat(counted).hasSameSizeAs(expected);
		expected.forEach((key, counts) -> assertThat(counted.get(key)).as(key).containsExactly(counts));
	}

	@Test
	void winRateShouldBeWinsOverDuels() {
		DuelRecords records = new DuelRecords();
		records.record("ann", true);
		records.record("ann", false);
		records.record("ann", true);
		List<DuelRecords.Duelist> duelists = new ArrayList<>();
		records.forEach(duelists::add);
		assertThat(duelists).singleElement().satisfies((duelist) -> assertThat(duelist.winRate()).isEqualTo(2.0 / 3));
	}

}

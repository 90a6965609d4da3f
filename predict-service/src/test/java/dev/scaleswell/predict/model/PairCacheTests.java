package dev.scaleswell.predict.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PairCacheTests {

	@Test
	void unknownPairsAreNaN() {
		PairCache cache = new PairCache(10);
		assertThat(cache.get(3, 4)).isNaN();
		cache.put(3, 5, 0.25);
		assertThat(cache.get(3, 4)).isNaN();
	}

	@Test
	void putRecordsBothOrdersExactly() {
		PairCache cache = new PairCache(10);
		cache.put(2, 7, 0.8125);
		assertThat(cache.get(2, 7)).isEqualTo(0.8125);
		assertThat(cache.get(7, 2)).isEqualTo(0.1875);
	}

	@Test
	void zeroAndOneAreStoredLikeAnyProbability() {
		PairCache cache = new PairCache(4);
		cache.put(0, 1, 0.0);
		assertThat(cache.get(0, 1)).isEqualTo(0.0);
		assertThat(cache.get(1, 0)).isEqualTo(1.0);
	}

}

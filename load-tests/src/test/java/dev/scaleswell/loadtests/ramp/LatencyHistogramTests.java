package dev.scaleswell.loadtests.ramp;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LatencyHistogramTests {

	@Test
	void percentileOfOneToAThousandMillisShouldBeExact() {
		LatencyHistogram histogram = new LatencyHistogram();
		for (long millis = 1000; millis >= 1; millis--) {
			histogram.record(millis, true);
		}
		assertThat(histogram.count()).isEqualTo(1000);
		assertThat(histogram.percentile(50)).isEqualTo(500);
		assertThat(histogram.percentile(95)).isEqualTo(950);
		assertThat(histogram.percentile(99)).isEqualTo(990);
		assertThat(histogram.percentile(99.9)).isEqualTo(999);
		assertThat(histogram.percentile(100)).isEqualTo(1000);
	}

	@Test
	void percentileOfSecondsShouldBeWithinATenthOfAPercent() {
		LatencyHistogram histogram = new LatencyHistogram();
		for (long millis = 100; millis <= 10_000; millis += 100) {
			histogram.record(millis, true);
		}
		assertThat(histogram.percentile(50)).isCloseTo(5_000, within(5L));
		assertThat(histogram.percentile(99)).isCloseTo(9_900, within(10L));
	}

	@Test
	void percentileOfNothingShouldBeZero() {
		assertThat(new LatencyHistogram().percentile(99)).isZero();
	}

	@Test
	void recordSlowerThanAMinuteShouldCountAsAMinute() {
		LatencyHistogram histogram = new LatencyHistogram();
		histogram.record(5, true);
		histogram.record(3_600_000, false);
		assertThat(histogram.percentile(50)).isEqualTo(5);
		assertThat(histogram.percentile(100)).isEqualTo(LatencyHistogram.MAX_MILLIS);
		assertThat(histogram.failures()).isEqualTo(1);
	}

	@Test
	void recordFromManyThreadsShouldCountEveryRequest() throws InterruptedException {
		LatencyHistogram histogram = new LatencyHistogram();
		try (ExecutorService threads = Executors.newFixedThreadPool(4)) {
			for (int thread = 0; thread < 4; thread++) {
				threads.execute(() -> {
					for (int i = 0; i < 10_000; i++) {
						histogram.record(i % 100, i % 10 != 0);
					}
				});
			}
			threads.shutdown();
			assertThat(threads.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
		}
		assertThat(histogram.count()).isEqualTo(40_000);
		assertThat(histogram.failures()).isEqualTo(4_000);
		assertThat(histogram.percentile(50)).isEqualTo(49);
	}

}

package dev.scaleswell.analytics.snapshot;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import software.amazon.awssdk.core.exception.SdkException;
import tools.jackson.core.JacksonException;

import org.springframework.stereotype.Component;

/**
 * {@code analytics_rebuild_seconds} and {@code analytics_rebuild_failures_total{cause}},
 * where cause is {@code s3} (unreachable or missing object), {@code manifest} (unreadable
 * {@code latest.json}), {@code data} (a curated file that cannot be read) or
 * {@code drift-report-invalid}.
 */
@Component
public class RebuildMetrics {

	private final MeterRegistry registry;

	private final Timer rebuild;

	public RebuildMetrics(MeterRegistry registry) {
		this.registry = registry;
		this.rebuild = Timer.builder("analytics.rebuild")
			.description("Time to rebuild the analytics snapshot after a new ETL commit")
			.register(registry);
		for (String cause : new String[] { "s3", "manifest", "data" }) {
			counter(cause);
		}
	}

	Timer rebuild() {
		return this.rebuild;
	}

	void failed(String cause) {
		counter(cause).increment();
	}

	static String cause(Throwable failure) {
		if (failure instanceof SdkException) {
			return "s3";
		}
		if (failure instanceof JacksonException) {
			return "manifest";
		}
		return "data";
	}

	private Counter counter(String cause) {
		return Counter.builder("analytics.rebuild.failures")
			.description("Snapshot refreshes that failed; the previous snapshot keeps being served")
			.tag("cause", cause)
			.register(this.registry);
	}

}

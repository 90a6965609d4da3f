package dev.scaleswell.analytics.snapshot;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Holds the snapshot requests are answered from; replaced atomically by the refresher.
 * Publishes {@code analytics_data_age_seconds}: how long ago the ETL committed the data
 * served, so that it grows while the ETL or the refresh is stuck (NaN before any data).
 */
@Component
public final class SnapshotStore {

	private final AtomicReference<@Nullable Snapshot> current = new AtomicReference<>();

	private final Clock clock = Clock.systemUTC();

	public SnapshotStore(MeterRegistry registry) {
		Gauge.builder("analytics.data.age", this, SnapshotStore::dataAgeSeconds)
			.description("Seconds since the ETL committed the data analytics serves")
			.baseUnit("seconds")
			.register(registry);
	}

	/** The snapshot to answer from; empty until the first load. */
	public Optional<Snapshot> current() {
		return Optional.ofNullable(this.current.get());
	}

	void replace(Snapshot snapshot) {
		this.current.set(snapshot);
	}

	private double dataAgeSeconds() {
		Snapshot snapshot = this.current.get();
		Instant dataAsOf = (snapshot != null) ? snapshot.version().dataAsOf() : null;
		if (dataAsOf == null) {
			return Double.NaN;
		}
		return Duration.between(dataAsOf, this.clock.instant()).toMillis() / 1000.0;
	}

}

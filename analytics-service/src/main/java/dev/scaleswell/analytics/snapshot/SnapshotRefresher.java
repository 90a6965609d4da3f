package dev.scaleswell.analytics.snapshot;

import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import dev.scaleswell.analytics.system.AnalyticsProperties;
import io.micrometer.core.instrument.Timer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Polls {@code latest.json} on one background thread, from startup on, and swaps in a
 * rebuilt snapshot when it changed. A failed poll or rebuild is counted and logged; the
 * previous snapshot keeps being served and the next poll tries again.
 */
@Component
class SnapshotRefresher implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(SnapshotRefresher.class);

	private final SnapshotLoader loader;

	private final SnapshotStore store;

	private final RebuildMetrics metrics;

	private final AnalyticsProperties properties;

	private @Nullable ScheduledExecutorService scheduler;

	SnapshotRefresher(SnapshotLoader loader, SnapshotStore store, RebuildMetrics metrics,
			AnalyticsProperties properties) {
		this.loader = loader;
		this.store = store;
		this.metrics = metrics;
		this.properties = properties;
	}

	@Override
	public synchronized void start() {
		ScheduledExecutorService executor = Executors
			.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("analytics-refresh").daemon().factory());
		executor.scheduleWithFixedDelay(this::refresh, 0, this.properties.pollInterval().toMillis(),
				TimeUnit.MILLISECONDS);
		this.scheduler = executor;
	}

	@Override
	public synchronized void stop() {
		if (this.scheduler != null) {
			this.scheduler.shutdownNow();
			this.scheduler = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return this.scheduler != null;
	}

	void refresh() {
		Timer.Sample sample = Timer.start();
		try {
			Optional<Snapshot> rebuilt = this.loader.loadIfChanged(this.store.current().orElse(null));
			if (rebuilt.isPresent()) {
				this.store.replace(rebuilt.get());
				long nanos = sample.stop(this.metrics.rebuild());
				logger.info("Analytics snapshot of ETL run {} loaded in {} ms", rebuilt.get().version().etlRunId(),
						nanos / 1_000_000);
			}
		}
		catch (RuntimeException ex) {
			this.metrics.failed(RebuildMetrics.cause(ex));
			logger.warn("Analytics refresh failed, still serving the previous snapshot: {}", ex.toString());
		}
	}

}

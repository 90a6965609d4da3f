package dev.scaleswell.analytics.snapshot;

import java.util.Optional;

import dev.scaleswell.analytics.system.AnalyticsProperties;
import dev.scaleswell.service.refresh.PeriodicRefresh;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Polls {@code latest.json} on one background thread, from startup on, and swaps in a
 * rebuilt snapshot when it changed. A failed poll or rebuild is counted and logged; the
 * previous snapshot keeps being served and the next poll tries again.
 */
@Component
class SnapshotRefresher extends PeriodicRefresh {

	private static final Logger logger = LoggerFactory.getLogger(SnapshotRefresher.class);

	private final SnapshotLoader loader;

	private final SnapshotStore store;

	private final RebuildMetrics metrics;

	SnapshotRefresher(SnapshotLoader loader, SnapshotStore store, RebuildMetrics metrics,
			AnalyticsProperties properties) {
		super("analytics-refresh", properties.pollInterval());
		this.loader = loader;
		this.store = store;
		this.metrics = metrics;
	}

	@Override
	protected void refresh() {
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

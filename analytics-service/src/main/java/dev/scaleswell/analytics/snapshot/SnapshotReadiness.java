package dev.scaleswell.analytics.snapshot;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Ready once a first snapshot is loaded (or the lake is confirmed empty), and from then
 * on even while S3 is unreachable: the snapshot in memory is still a correct answer.
 */
@Component("analyticsSnapshot")
class SnapshotReadiness implements HealthIndicator {

	private final SnapshotStore store;

	SnapshotReadiness(SnapshotStore store) {
		this.store = store;
	}

	@Override
	public Health health() {
		return this.store.current()
			.map((snapshot) -> Health.up()
				.withDetail("etlRunId", String.valueOf(snapshot.version().etlRunId()))
				.withDetail("dataAsOf", String.valueOf(snapshot.version().dataAsOf()))
				.build())
			.orElseGet(() -> Health.outOfService().withDetail("reason", "no snapshot loaded yet").build());
	}

}

package dev.scaleswell.predict.directory;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** Ready only once the lake's latest users snapshot has been read (or found absent). */
class DirectoryHealthIndicator implements HealthIndicator {

	private final DirectoryHolder holder;

	DirectoryHealthIndicator(DirectoryHolder holder) {
		this.holder = holder;
	}

	@Override
	public Health health() {
		if (!this.holder.ready()) {
			return Health.outOfService().withDetail("users", "not loaded yet").build();
		}
		WarriorDirectory directory = this.holder.current();
		Health.Builder health = Health.up().withDetail("users", directory.users());
		if (directory.snapshot() != null) {
			health.withDetail("etlRun", directory.snapshot().runId())
				.withDetail("committedAt", directory.snapshot().committedAt().toString());
		}
		else {
			health.withDetail("etlRun", "none yet: only heroes can be named");
		}
		return health.build();
	}

}

package dev.scaleswell.predict.model;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** Ready only once a champion is loaded: before that no duel can be answered. */
class ModelHealthIndicator implements HealthIndicator {

	private final ModelHolder holder;

	ModelHealthIndicator(ModelHolder holder) {
		this.holder = holder;
	}

	@Override
	public Health health() {
		ServingModels serving = this.holder.current();
		if (serving.champion() == null) {
			return Health.outOfService().withDetail("champion", "not loaded yet").build();
		}
		Health.Builder health = Health.up().withDetail("champion", serving.champion().version());
		if (serving.challenger() != null) {
			health.withDetail("challenger", serving.challenger().version())
				.withDetail("challengerWeight", serving.weight())
				.withDetail("shadow", serving.shadow());
		}
		return health.build();
	}

}

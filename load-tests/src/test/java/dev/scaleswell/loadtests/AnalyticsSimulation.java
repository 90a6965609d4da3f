package dev.scaleswell.loadtests;

import dev.scaleswell.loadtests.config.LoadTestSettings;
import io.gatling.javaapi.core.Simulation;

import static io.gatling.javaapi.core.CoreDsl.scenario;

/**
 * Steady open-model load on GET /analytics of analytics-service. Rate, duration and SLO
 * from {@code -Dloadtest.*} (see the module README); the run fails when the SLO is
 * missed.
 */
public final class AnalyticsSimulation extends Simulation {

	private final Workload workload = new Workload(LoadTestSettings.fromSystemProperties());

	{
		setUp(scenario("analytics").exec(this.workload.analytics()).injectOpen(this.workload.steady()))
			.protocols(this.workload.protocol())
			.maxDuration(this.workload.maxDuration(this.workload.settings().durationSeconds()))
			.assertions(this.workload.slo());
	}

}

package dev.scaleswell.loadtests;

import dev.scaleswell.loadtests.config.LoadTestSettings;
import io.gatling.javaapi.core.Simulation;

import static io.gatling.javaapi.core.CoreDsl.scenario;

/**
 * Steady open-model load on the production mix across the three services: 70% duel, 20%
 * submit, 10% analytics. Rate, duration and SLO from {@code -Dloadtest.*} (see the module
 * README); the run fails when the SLO is missed.
 */
public final class MixedWorkloadSimulation extends Simulation {

	private final Workload workload = new Workload(LoadTestSettings.fromSystemProperties());

	{
		setUp(scenario("mixed").exec(this.workload.mixed()).injectOpen(this.workload.steady()))
			.protocols(this.workload.protocol())
			.maxDuration(this.workload.maxDuration(this.workload.settings().durationSeconds()))
			.assertions(this.workload.slo());
	}

}

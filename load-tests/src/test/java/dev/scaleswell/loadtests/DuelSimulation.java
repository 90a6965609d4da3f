package dev.scaleswell.loadtests;

import dev.scaleswell.loadtests.config.LoadTestSettings;
import io.gatling.javaapi.core.Simulation;

import static io.gatling.javaapi.core.CoreDsl.scenario;

/**
 * Steady open-model load on GET /duel of predict-service (heroes by default; users with
 * -Dloadtest.duel.heroShare<1). Rate, duration and SLO from {@code -Dloadtest.*} (see the
 * module README); the run fails when the SLO is missed.
 */
public final class DuelSimulation extends Simulation {

	private final Workload workload = new Workload(LoadTestSettings.fromSystemProperties());

	{
		setUp(scenario("duel").exec(this.workload.duel()).injectOpen(this.workload.steady()))
			.protocols(this.workload.protocol())
			.maxDuration(this.workload.maxDuration(this.workload.settings().durationSeconds()))
			.assertions(this.workload.slo());
	}

}

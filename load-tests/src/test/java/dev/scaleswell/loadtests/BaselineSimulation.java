package dev.scaleswell.loadtests;

import dev.scaleswell.loadtests.config.LoadTestSettings;
import io.gatling.javaapi.core.Simulation;

import static io.gatling.javaapi.core.CoreDsl.scenario;

/**
 * Steady open-model load on GET /baseline of the baseline app: the framework's ceiling,
 * to compare the others with. Rate, duration and SLO from {@code -Dloadtest.*} (see the
 * module README); the run fails when the SLO is missed.
 */
public final class BaselineSimulation extends Simulation {

	private final Workload workload = new Workload(LoadTestSettings.fromSystemProperties());

	{
		setUp(scenario("baseline").exec(this.workload.baseline()).injectOpen(this.workload.steady()))
			.protocols(this.workload.protocol())
			.maxDuration(this.workload.maxDuration(this.workload.settings().durationSeconds()))
			.assertions(this.workload.slo());
	}

}

package dev.scaleswell.loadtests;

import dev.scaleswell.loadtests.config.LoadTestSettings;
import io.gatling.javaapi.core.Simulation;

import static io.gatling.javaapi.core.CoreDsl.scenario;

/**
 * Steady open-model load on POST /submit-user-data of ingest-service, warriors drawn from
 * a Zipf-reused name pool. Rate, duration and SLO from {@code -Dloadtest.*} (see the
 * module README); the run fails when the SLO is missed.
 */
public final class SubmitWarriorsSimulation extends Simulation {

	private final Workload workload = new Workload(LoadTestSettings.fromSystemProperties());

	{
		setUp(scenario("submit").exec(this.workload.submit()).injectOpen(this.workload.steady()))
			.protocols(this.workload.protocol())
			.maxDuration(this.workload.maxDuration(this.workload.settings().durationSeconds()))
			.assertions(this.workload.slo());
	}

}

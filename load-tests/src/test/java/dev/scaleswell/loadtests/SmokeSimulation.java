package dev.scaleswell.loadtests;

import dev.scaleswell.loadtests.config.LoadTestSettings;
import io.gatling.javaapi.core.Simulation;

import static io.gatling.javaapi.core.CoreDsl.scenario;

/**
 * A short smoke test of a release (release.yml runs it against the new release and rolls
 * back when it fails): every service answers through the Ingress, within the SLO, at a
 * low rate: a duel between heroes, the analytics and a refused write (ingest answers a
 * problem without storing anything, so a smoke run leaves no data behind).
 */
public final class SmokeSimulation extends Simulation {

	private final Workload workload = new Workload(LoadTestSettings.fromSystemProperties());

	{
		setUp(scenario("smoke").exec(this.workload.duel(), this.workload.analytics(), this.workload.refusedSubmit())
			.injectOpen(this.workload.steady())).protocols(this.workload.protocol())
			.maxDuration(this.workload.maxDuration(this.workload.settings().durationSeconds()))
			.assertions(this.workload.slo());
	}

}

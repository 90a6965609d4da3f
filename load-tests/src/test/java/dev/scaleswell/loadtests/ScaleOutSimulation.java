package dev.scaleswell.loadtests;

import java.time.Duration;

import dev.scaleswell.loadtests.config.LoadTestSettings;
import dev.scaleswell.loadtests.config.ScaleOutPlan;
import io.gatling.javaapi.core.Simulation;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;

/**
 * Scale-out of a deployed system ({@code -Dloadtest.allowRemote=true} and its URLs): GET
 * /duel rising from half of what the autoscaler's minimum of pods serves to
 * {@code peakPods} pods' worth ({@code -Dloadtest.scaleOut.*}), then held. One pod cannot
 * serve the peak, so the run passes only if the autoscaler adds pods in time: the hold
 * must meet the SLO, and no request of the whole run may fail beyond the error budget.
 */
public final class ScaleOutSimulation extends Simulation {

	static final String RAMP = "ramp";

	static final String HOLD = "hold at peak";

	private final Workload workload = new Workload(LoadTestSettings.fromSystemProperties());

	private final ScaleOutPlan plan = this.workload.settings().scaleOut();

	{
		setUp(scenario(RAMP).exec(group(RAMP).on(this.workload.duel()))
			.injectOpen(rampUsersPerSec(this.plan.startRps()).to(this.plan.peakRps())
				.during(Duration.ofSeconds(this.plan.rampSeconds())))
			.andThen(scenario(HOLD).exec(group(HOLD).on(this.workload.duel()))
				.injectOpen(constantUsersPerSec(this.plan.peakRps()).during(Duration.ofSeconds(this.plan.holdSeconds()))
					.randomized())))
			.protocols(this.workload.protocol())
			.maxDuration(this.workload.maxDuration(this.plan.totalSeconds()))
			.assertions(details(HOLD).responseTime().percentile(99.0).lte(this.workload.settings().slo().p99Millis()),
					global().failedRequests().percent().lte(this.workload.settings().slo().maxErrorPercent()));
	}

}

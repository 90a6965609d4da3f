package dev.scaleswell.loadtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.scaleswell.loadtests.config.LoadTestSettings;
import dev.scaleswell.loadtests.config.RampPlan;
import dev.scaleswell.loadtests.ramp.KneeReport;
import dev.scaleswell.loadtests.ramp.RampRecorder;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.Simulation;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;

/**
 * Raises the open-model arrival rate level by level ({@code -Dloadtest.ramp.*}) against
 * one target ({@code -Dloadtest.ramp.target=baseline|duel|submit|analytics|mixed}) and
 * reports the knee: the highest rate that still met the SLO before the first level that
 * broke it. Each level is a Gatling group, so the HTML report shows it too. The run fails
 * only if the first level already misses the SLO: breaking it higher up is what a ramp is
 * for.
 * <p>
 * The knee table goes to stdout and to {@code target/gatling/knee-<target>.md}.
 */
public final class RampSimulation extends Simulation {

	private static final String WARMUP = "warm-up, not measured";

	private static final String LATE = "started after the last level";

	private final LoadTestSettings settings = LoadTestSettings.fromSystemProperties();

	private final Workload workload = new Workload(this.settings);

	private final RampPlan plan = this.settings.ramp();

	private final RampRecorder recorder = new RampRecorder(this.plan);

	{
		setUp(scenario("ramp " + this.settings.rampTarget().label()).exec(timed(target())).injectOpen(staircase()))
			.protocols(this.workload.protocol())
			.maxDuration(this.workload.maxDuration(this.plan.totalSeconds()))
			.assertions(
					details(this.plan.label(0)).responseTime().percentile(99.0).lte(this.settings.slo().p99Millis()),
					details(this.plan.label(0)).failedRequests().percent().lte(this.settings.slo().maxErrorPercent()));
	}

	@Override
	public void after() {
		KneeReport report = new KneeReport(this.settings.rampTarget().label(), this.settings.slo(),
				this.recorder.levels());
		String markdown = report.toMarkdown();
		System.out.println(markdown);
		Path file = Path.of("target", "gatling", "knee-" + this.settings.rampTarget().label() + ".md");
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, markdown, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private ChainBuilder target() {
		return switch (this.settings.rampTarget()) {
			case BASELINE -> this.workload.baseline();
			case DUEL -> this.workload.duel();
			case SUBMIT -> this.workload.submit();
			case ANALYTICS -> this.workload.analytics();
			case MIXED -> this.workload.mixed();
		};
	}

	/**
	 * Wraps the target in the group of the level the user started in, and records its
	 * wall time against that level.
	 */
	private ChainBuilder timed(ChainBuilder target) {
		return exec((session) -> {
			long now = System.nanoTime();
			this.recorder.startIfUnstarted(now);
			long elapsed = this.recorder.elapsedMillis(now);
			int level = this.plan.levelAt(elapsed);
			// the warm-up, and a user the injector started late, after the last level,
			// stay out of every level
			String group = (level >= 0) ? this.plan.label(level) : this.plan.inWarmup(elapsed) ? WARMUP : LATE;
			return session.set("sentAt", now).set("level", group);
		}).group("#{level}").on(target).exec((session) -> {
			long sentAt = session.getLong("sentAt");
			this.recorder.record(sentAt, (System.nanoTime() - sentAt) / 1_000_000, !session.isFailed());
			return session;
		});
	}

	private OpenInjectionStep[] staircase() {
		List<OpenInjectionStep> steps = new ArrayList<>();
		if (this.plan.warmupSeconds() > 0) {
			steps.add(constantUsersPerSec(this.plan.rateOf(0)).during(Duration.ofSeconds(this.plan.warmupSeconds()))
				.randomized());
		}
		for (int level = 0; level < this.plan.levels(); level++) {
			steps.add(constantUsersPerSec(this.plan.rateOf(level)).during(Duration.ofSeconds(this.plan.levelSeconds()))
				.randomized());
		}
		return steps.toArray(OpenInjectionStep[]::new);
	}

}

package dev.scaleswell.loadtests;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.scaleswell.loadtests.config.LoadTestSettings;
import dev.scaleswell.loadtests.feed.NamePool;
import dev.scaleswell.loadtests.truth.GroundTruth;
import dev.scaleswell.loadtests.truth.Warrior;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Ground truth for the online evaluation: duel outcomes whose winner is drawn from the
 * simulator's true win probability ({@link GroundTruth}), posted to
 * {@code POST /duel-results} of ingest-service at the steady rate. Sides are heroes, or
 * with {@code -Dloadtest.duel.heroShare<1} also the first {@code loadtest.names} users of
 * the pool, which are submitted first (201 each) so that the ETL can resolve them. Run
 * the ETL afterwards and read {@code GET /models} of predict-service.
 */
public final class GroundTruthSimulation extends Simulation {

	private static final String SUBMISSION_JSON = "{\"name\":\"#{name}\",\"age\":#{age},\"hero\":\"#{hero}\"}";

	private static final String OUTCOME_JSON = "{\"name1\":\"#{name1}\",\"name2\":\"#{name2}\",\"winner\":\"#{winner}\"}";

	private final Workload workload = new Workload(LoadTestSettings.fromSystemProperties());

	{
		LoadTestSettings settings = this.workload.settings();
		int users = (settings.heroShare() < 1.0) ? settings.namePoolSize() : 0;
		GroundTruth truth = new GroundTruth(new NamePool(settings.namePoolSize()), users, settings.zipfExponent(),
				settings.heroShare(), settings.seed() + 2);
		int submitSeconds = (users + settings.ratePerSecond() - 1) / settings.ratePerSecond();
		int injectSeconds = submitSeconds + settings.durationSeconds();
		if (injectSeconds > LoadTestSettings.MAX_SECONDS) {
			throw new IllegalArgumentException("submitting " + users + " users at " + settings.ratePerSecond()
					+ "/s, then posting outcomes for " + settings.durationSeconds() + " s, is more than "
					+ LoadTestSettings.MAX_SECONDS + " s: lower loadtest.names or raise loadtest.rate");
		}
		PopulationBuilder outcomes = scenario("duel outcomes")
			.exec(feed(truth.feeder()).exec(http("duel result").post(settings.ingestUrl() + "/duel-results")
				.body(StringBody(OUTCOME_JSON))
				.check(status().is(201))))
			.injectOpen(this.workload.steady());
		setUp((users > 0) ? submitUsers(truth.users(), settings, submitSeconds).andThen(outcomes) : outcomes)
			.protocols(this.workload.protocol())
			.maxDuration(this.workload.maxDuration(injectSeconds))
			.assertions(this.workload.slo());
	}

	private static PopulationBuilder submitUsers(List<Warrior> users, LoadTestSettings settings, int seconds) {
		List<Map<String, Object>> records = users.stream()
			.map((user) -> Map.<String, Object>of("name", user.name(), "age", user.age(), "hero", user.hero()))
			.toList();
		return scenario("ground truth warriors")
			.exec(feed(listFeeder(records).circular())
				.exec(http("submit").post(settings.ingestUrl() + "/submit-user-data")
					.body(StringBody(SUBMISSION_JSON))
					.check(status().is(201))))
			.injectOpen(constantUsersPerSec(settings.ratePerSecond()).during(Duration.ofSeconds(seconds)));
	}

}

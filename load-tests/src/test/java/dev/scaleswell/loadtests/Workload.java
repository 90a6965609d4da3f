package dev.scaleswell.loadtests;

import java.time.Duration;

import dev.scaleswell.loadtests.config.LoadTestSettings;
import dev.scaleswell.loadtests.feed.DuelFeeder;
import dev.scaleswell.loadtests.feed.NamePool;
import dev.scaleswell.loadtests.feed.SubmissionFeeder;
import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.http.HttpDsl.headerRegex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The requests every simulation is built from, one chain per endpoint, each with the
 * status a correct answer has. Targets come from {@link LoadTestSettings}, so they are on
 * loopback unless remote targets were allowed explicitly.
 */
final class Workload {

	private static final String SUBMISSION_JSON = "{\"name\":\"#{name}\",\"age\":#{age},\"hero\":\"#{hero}\"}";

	private final LoadTestSettings settings;

	private final NamePool pool;

	Workload(LoadTestSettings settings) {
		this.settings = settings;
		this.pool = new NamePool(settings.namePoolSize());
	}

	LoadTestSettings settings() {
		return this.settings;
	}

	/**
	 * Keep-alive connections shared by all virtual users, as a load balancer in front of
	 * a pod would hold them; without it the open model measures a TCP handshake per
	 * request.
	 */
	HttpProtocolBuilder protocol() {
		return http.acceptHeader("application/json")
			.contentTypeHeader("application/json")
			.userAgentHeader("scaleswell-load-tests")
			.shareConnections()
			.disableCaching();
	}

	/** {@code POST /submit-user-data}: acknowledged with 201 only once durably stored. */
	ChainBuilder submit() {
		return feed(new SubmissionFeeder(this.pool, this.settings.zipfExponent(), this.settings.seed()))
			.exec(http("submit").post(this.settings.ingestUrl() + "/submit-user-data")
				.body(StringBody(SUBMISSION_JSON))
				.check(status().is(201)));
	}

	/**
	 * {@code POST /submit-user-data} of an invalid warrior: a problem detail from ingest
	 * itself (400, or 401 where writes need an API key), and nothing stored.
	 */
	ChainBuilder refusedSubmit() {
		return exec(http("refused submit").post(this.settings.ingestUrl() + "/submit-user-data")
			.body(StringBody("{\"name\":\"\",\"age\":0,\"hero\":\"\"}"))
			.check(status().in(400, 401), headerRegex("Content-Type", "application/problem\\+json.*").exists()));
	}

	/**
	 * {@code GET /duel}: 200 with the prediction. When some sides are users rather than
	 * heroes, 404 (a warrior the ETL has not curated yet) is a correct answer too.
	 */
	ChainBuilder duel() {
		Integer[] accepted = (this.settings.heroShare() < 1.0) ? new Integer[] { 200, 404 } : new Integer[] { 200 };
		return feed(new DuelFeeder(this.pool, this.settings.zipfExponent(), this.settings.heroShare(),
				this.settings.seed() + 1))
			.exec(http("duel").get(this.settings.predictUrl() + "/duel")
				.queryParam("name1", "#{name1}")
				.queryParam("name2", "#{name2}")
				.check(status().in(accepted)));
	}

	/** {@code GET /analytics}: the cached aggregates. */
	ChainBuilder analytics() {
		return exec(http("analytics").get(this.settings.analyticsUrl() + "/analytics").check(status().is(200)));
	}

	/** {@code GET /baseline} of the baseline app. */
	ChainBuilder baseline() {
		return exec(http("baseline").get(this.settings.baselineUrl() + "/baseline").check(status().is(200)));
	}

	/** The production mix: 70% duel, 20% submit, 10% analytics. */
	ChainBuilder mixed() {
		return randomSwitch().on(percent(70.0).then(duel()), percent(20.0).then(submit()),
				percent(10.0).then(analytics()));
	}

	/**
	 * A steady open-model arrival rate with Poisson-like gaps, for the configured
	 * duration.
	 */
	OpenInjectionStep steady() {
		return constantUsersPerSec(this.settings.ratePerSecond())
			.during(Duration.ofSeconds(this.settings.durationSeconds()))
			.randomized();
	}

	/** The run fails when the p99 or the error ratio misses the SLO. */
	Assertion[] slo() {
		return new Assertion[] { global().responseTime().percentile(99.0).lte(this.settings.slo().p99Millis()),
				global().failedRequests().percent().lte(this.settings.slo().maxErrorPercent()) };
	}

	/** An upper bound on the run, whatever happens to the target. */
	Duration maxDuration(int injectSeconds) {
		return Duration.ofSeconds(injectSeconds + 30L);
	}

}

package dev.scaleswell.loadtests.truth;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpServer;
import dev.scaleswell.loadtests.feed.NamePool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * {@code bin/stack duels} against a stand-in for ingest-service on a free loopback port:
 * the users first, then the outcomes, as ingest's JSON; a refused request stops the run.
 */
class PostDuelOutcomesTests {

	static final Pattern OUTCOME = Pattern
		.compile("\\{\"name1\":\"([^\"]+)\",\"name2\":\"([^\"]+)\",\"winner\":\"([^\"]+)\"}");

	static final Pattern SUBMISSION = Pattern.compile("\\{\"name\":\"[^\"]+\",\"age\":\\d+,\"hero\":\"[^\"]+\"}");

	final List<String> submissions = new CopyOnWriteArrayList<>();

	final List<String> outcomes = new CopyOnWriteArrayList<>();

	final AtomicInteger status = new AtomicInteger(201);

	HttpServer ingest;

	@BeforeEach
	void startIngest() throws IOException {
		this.ingest = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.ingest.createContext("/", (exchange) -> {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			String path = exchange.getRequestURI().getPath();
			boolean json = "application/json".equals(exchange.getRequestHeaders().getFirst("Content-Type"));
			if (json && path.equals("/submit-user-data") && this.outcomes.isEmpty()) {
				this.submissions.add(body);
			}
			else if (json && path.equals("/duel-results")) {
				this.outcomes.add(body);
			}
			exchange.sendResponseHeaders(json ? this.status.get() : 415, -1);
			exchange.close();
		});
		this.ingest.start();
	}

	@AfterEach
	void stopIngest() {
		this.ingest.stop(0);
	}

	@Test
	void runShouldSubmitTheUsersThenPostEveryOutcomeAsDuelResults() throws Exception {
		GroundTruth truth = new GroundTruth(new NamePool(30), 30, 1.1, 0.5, 9);
		PostDuelOutcomes.Summary summary = new PostDuelOutcomes(url()).run(truth, 400);
		assertThat(this.submissions).hasSize(30).allSatisfy((body) -> assertThat(body).matches(SUBMISSION));
		assertThat(this.outcomes).hasSize(400);
		int firstWins = 0;
		for (String body : this.outcomes) {
			Matcher matcher = OUTCOME.matcher(body);
			assertThat(matcher.matches()).as(body).isTrue();
			assertThat(matcher.group(3)).isIn(matcher.group(1), matcher.group(2));
			firstWins += matcher.group(3).equals(matcher.group(1)) ? 1 : 0;
		}
		assertThat(summary.outcomes()).isEqualTo(400);
		assertThat(summary.users()).isEqualTo(30);
		assertThat(summary.firstWins()).isEqualTo(firstWins);
		assertThat(summary.bayesAccuracy()).isBetween(0.5, 1.0);
	}

	@Test
	void runWhenIngestRefusesShouldFailNamingTheAnswer() {
		this.status.set(503);
		GroundTruth truth = new GroundTruth(new NamePool(1), 0, 1.1, 1.0, 9);
		assertThatException().isThrownBy(() -> new PostDuelOutcomes(url()).run(truth, 10))
			.havingRootCause()
			.isInstanceOf(IOException.class)
			.withMessageContaining("answered 503");
	}

	private String url() {
		return "http://127.0.0.1:" + this.ingest.getAddress().getPort();
	}

}

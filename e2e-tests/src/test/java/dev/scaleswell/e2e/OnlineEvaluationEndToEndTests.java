package dev.scaleswell.e2e;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.scaleswell.model.duel.DuelSimulator;
import dev.scaleswell.model.hero.Hero;
import dev.scaleswell.model.hero.HeroCatalog;
import dev.scaleswell.model.warrior.WarriorProfile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * The model loop closed on the real jars: a weaker challenger published with weight 0.3
 * and shadow on, duel outcomes drawn from the simulator's true win probabilities posted
 * through ingest, an ETL run: the challenger is demoted on its online verdict, the
 * decision and its evidence are in the alias history, and predict shows the online
 * figures.
 */
@Timeout(value = 6, unit = TimeUnit.MINUTES)
class OnlineEvaluationEndToEndTests {

	private static final int DUELS = 1500;

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final DuelSimulator simulator = new DuelSimulator(HeroCatalog.standard());

	private static LocalSystem system;

	@BeforeAll
	static void startSystem() throws Exception {
		system = new LocalSystem("online-evaluation").startAll();
	}

	@AfterAll
	static void stopSystem() throws Exception {
		if (system != null) {
			system.close();
		}
	}

	@Test
	void aWeakerChallengerShouldBeDemotedOnRecordedDuelsAndTheChampionBeAsRightAsTheBayesRule() throws Exception {
		String champion = aliasVersion("champion");
		List<String> before = versions();
		// one shallow tree on few duels: a challenger clearly less right than the
		// champion
		assertThat(system.etlCommand("train-weak", "train", "--no-promote", "--trees", "1", "--max-depth", "2",
				"--synthetic-duels", "300"))
			.isZero();
		// the version the command added (ids of one second sort at random)
		List<String> added = new ArrayList<>(versions());
		added.removeAll(before);
		assertThat(added).hasSize(1);
		String weak = added.getFirst();
		assertThat(weak).isNotEqualTo(champion);
		assertThat(system.etlCommand("promote-challenger", "promote", weak, "--as", "challenger", "--weight", "0.3",
				"--shadow"))
			.isZero();

		List<double[]> posted = postOutcomes(DUELS, 17);
		// the model this run trains is only registered: the champion stays the one judged
		assertThat(system.etl("run", "--no-promote")).isZero();

		assertThat(system.bucket().resolve("models/duel/aliases/challenger.json")).as("demoted").doesNotExist();
		List<JsonNode> history = history();
		assertThat(history).hasSize(2);
		assertThat(history.getFirst().path("action").asString()).isEqualTo("promote-challenger");
		assertThat(history.getFirst().path("by").asString()).as("the promotion by hand").isEqualTo("operator");
		JsonNode decision = history.getLast();
		assertThat(decision.path("by").asString()).isEqualTo("online-verdict");
		assertThat(decision.path("action").asString()).isEqualTo("demote-challenger");
		assertThat(decision.path("from").asString()).isEqualTo(weak);
		assertThat(decision.path("evidence").path("outcome").asString()).isEqualTo("WORSE");
		assertThat(decision.path("evidence").path("interval").path("low").asDouble()).isPositive();

		JsonNode online = json
			.readTree(Files.readString(system.bucket().resolve("models/duel/versions/" + champion + "/online.json")));
		long duels = online.path("scores").path("duels").asLong();
		double accuracy = online.path("scores").path("correct").asDouble() / duels;
		assertThat(duels).isEqualTo(DUELS);
		// the Bayes rule (side with the higher true probability) on the same outcomes
		double bayes = posted.stream().mapToDouble((duel) -> ((duel[0] > 0.5) == (duel[1] == 1)) ? 1 : 0).sum()
				/ posted.size();
		assertThat(accuracy).as("champion's online accuracy against the Bayes rule's %s", bayes)
			.isCloseTo(bayes, within(0.015));

		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
			JsonNode models = json.readTree(system.get("predict", "/models").body());
			assertThat(models.path("challenger").isNull()).as(models.toString()).isTrue();
			assertThat(models.path("champion").path("online").path("duels").asLong()).as(models.toString())
				.isEqualTo(DUELS);
		});
	}

	/**
	 * Posts duels between heroes through ingest, each won by the first-named side with
	 * its true probability; returns each as {true probability, 1 if the first-named won}.
	 */
	private static List<double[]> postOutcomes(int count, long seed) throws Exception {
		SplittableRandom random = new SplittableRandom(seed);
		List<Hero> heroes = HeroCatalog.standard().all();
		List<double[]> duels = new ArrayList<>(count);
		List<String> bodies = new ArrayList<>(count);
		while (bodies.size() < count) {
			Hero a = heroes.get(random.nextInt(heroes.size()));
			Hero b = heroes.get(random.nextInt(heroes.size()));
			if (a.equals(b)) {
				continue;
			}
			double p = simulator.winProbability(WarriorProfile.ofHero(a), WarriorProfile.ofHero(b));
			boolean firstWon = random.nextDouble() < p;
			duels.add(new double[] { p, firstWon ? 1 : 0 });
			bodies.add("{\"name1\":\"" + a.name() + "\",\"name2\":\"" + b.name() + "\",\"winner\":\""
					+ (firstWon ? a.name() : b.name()) + "\"}");
		}
		try (ExecutorService clients = Executors.newFixedThreadPool(8)) {
			List<Future<HttpResponse<String>>> sent = new ArrayList<>();
			for (String body : bodies) {
				sent.add(clients.submit(() -> system.post("ingest", "/duel-results", body)));
			}
			for (Future<HttpResponse<String>> response : sent) {
				assertThat(response.get().statusCode()).as(response.get().body()).isEqualTo(201);
			}
		}
		return duels;
	}

	private static String aliasVersion(String alias) throws IOException {
		return json.readTree(Files.readString(system.bucket().resolve("models/duel/aliases/" + alias + ".json")))
			.path("version")
			.asString();
	}

	private static List<String> versions() throws IOException {
		try (var versions = Files.list(system.bucket().resolve("models/duel/versions"))) {
			return versions.map((path) -> path.getFileName().toString()).toList();
		}
	}

	/** The alias history's decisions, oldest first. */
	private static List<JsonNode> history() throws IOException {
		List<JsonNode> decisions = new ArrayList<>();
		try (var files = Files.list(system.bucket().resolve("models/duel/aliases/history"))) {
			for (Path file : files.sorted().toList()) {
				decisions.add(json.readTree(Files.readString(file)));
			}
		}
		return decisions;
	}

}

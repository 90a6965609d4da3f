package dev.scaleswell.e2e;

import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The web console in a real browser (headless Chromium) in front of the real jars on
 * S3Proxy: one system start shared by every flow, in order. The submit and duel flows use
 * the keyboard alone. Each flow leaves a screenshot under
 * {@code target/console/screenshots}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ConsoleBrowserTests {

	static final String WARRIOR = "Ada Console";

	/**
	 * Every page, with what it shows once the data it loads is in: measured then, not
	 * after a fixed pause that a loaded machine outlasts.
	 */
	static final List<Map.Entry<String, By>> PAGES = List.of(
			Map.entry("/submit", By.cssSelector("#hero option[value='Thor']")), Map.entry("/duel", By.id("duel-form")),
			Map.entry("/analytics", By.cssSelector("#data-version[data-etl-run-id]")),
			Map.entry("/models", By.xpath("//p[@id='drift-summary'][normalize-space()][//dd[@id='champion-version']]")),
			Map.entry("/health", By.id("s3-reachable")));

	private static final JsonMapper json = JsonMapper.builder().build();

	private static LocalSystem system;

	private static JarProcess console;

	private static String consoleUrl;

	private static Browser browser;

	@BeforeAll
	static void startSystemAndBrowser() throws Exception {
		Browser.assumeInstalled();
		assumeTrue(Files.isRegularFile(LocalSystem.jar("web-console")), () -> LocalSystem.jar("web-console")
				+ " is not built: these tests run in ./mvnw verify, after package");
		// the instant rating the submit flow shows has a 150 ms budget by default, which
		// a loaded machine (Chromium starting beside four JVMs) misses now and then: the
		// page then rightly says "unavailable", and the flow cannot show the rating
		system = new LocalSystem("console").withArgs("ingest", "--scaleswell.ingest.prediction.timeout=5s").startAll();
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		consoleUrl = "http://127.0.0.1:" + port;
		Map<String, Integer> ports = system.ports();
		Path work = Path.of("target", "console").toAbsolutePath();
		console = JarProcess.start("console", LocalSystem.jar("web-console"),
				List.of("--server.port=" + port, "--scaleswell.console.grafana-url=https://grafana.example.com"),
				Map.of("INGEST_SERVICE_URL", "http://127.0.0.1:" + ports.get("ingest"), "PREDICT_SERVICE_URL",
						"http://127.0.0.1:" + ports.get("predict"), "ANALYTICS_SERVICE_URL",
						"http://127.0.0.1:" + ports.get("analytics")),
				work);
		awaitConsole();
		seedWarriorsAndWarmUp();
		browser = Browser.start(work);
	}

	@AfterAll
	static void stopAll() throws Exception {
		if (browser != null) {
			browser.close();
		}
		if (console != null) {
			console.close();
		}
		if (system != null) {
			system.close();
		}
	}

	@Test
	@Order(1)
	void submitByKeyboardShouldShowTheInstantRatingAndLeadToTheDuel() throws Exception {
		browser.open(consoleUrl + "/");
		browser.await(By.cssSelector("#hero option[value='Thor']"));
		tabTo("name");
		type(WARRIOR);
		tabTo("age");
		type("31");
		tabTo("hero");
		type("Thor");
		tabTo("submit-button");
		type(Keys.ENTER);
		browser.await(By.id("rating"));
		assertThat(browser.driver().findElement(By.id("rating-value")).getText()).endsWith("%");
		assertThat(browser.driver().findElement(By.id("best-matchup")).getText()).contains("wins");
		assertThat(browser.driver().findElement(By.id("worst-matchup")).getText()).contains("wins");
		browser.screenshot("submit");
		tabTo("duel-link");
		type(Keys.ENTER);
		browser.await(By.id("duel-form"));
		assertThat(browser.driver().getCurrentUrl()).endsWith("/duel?name1=Ada%20Console");
		assertThat(browser.focused().getAttribute("id")).as("focus after following the duel link").isEqualTo("name2");
	}

	@Test
	@Order(2)
	void submitWithAnInvalidAgeShouldShowTheFieldErrorNextToTheAge() throws Exception {
		browser.open(consoleUrl + "/submit");
		browser.await(By.cssSelector("#hero option[value='Hulk']"));
		browser.driver().findElement(By.id("name")).sendKeys("Young Ada");
		browser.driver().findElement(By.id("age")).sendKeys("7");
		browser.driver().findElement(By.id("hero")).sendKeys("Hulk");
		browser.driver().findElement(By.id("submit-button")).click();
		browser.awaitText(By.id("age-error"), "age");
		WebElement age = browser.driver().findElement(By.id("age"));
		assertThat(age.getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(age.getAttribute("aria-describedby")).contains("age-error");
		assertThat(browser.driver().findElement(By.id("name-error")).getText()).isEmpty();
		browser.screenshot("submit-invalid-age");
	}

	@Test
	@Order(3)
	void duelByKeyboardAfterAnEtlRunShouldShowProbabilitiesThatSumToOne() throws Exception {
		// every user has recorded duels, so the leaderboard holds the strongest of them
		recordDuel(WARRIOR, "Warm Up");
		assertThat(system.etl("run")).as("ETL run").isZero();
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(system.get("predict", "/warriors?prefix=" + encode(WARRIOR)).body())
				.contains("\"name\":\"" + WARRIOR + "\""));
		browser.open(consoleUrl + "/duel");
		tabTo("name1");
		type("ada con");
		// a datalist's options are never displayed as elements: present is what there is
		// to see
		browser.awaitPresent(By.cssSelector("#name1-suggestions option[value='" + WARRIOR + "']"));
		// names match whatever their case: the rest of the name, as typed, is enough
		type("sole");
		tabTo("name2");
		type("Hulk");
		// the suggestions come 150 ms after the last key, over HTTP: awaited, so that
		// Escape closes them before Enter submits the form, rather than their list
		// opening between the two keys and taking the Enter
		browser.awaitPresent(By.cssSelector("#name2-suggestions option[value='Hulk']"));
		type(Keys.ESCAPE, Keys.ENTER);
		try {
			browser.await(By.id("duel-result"));
		}
		catch (TimeoutException ex) {
			throw new AssertionError(
					"no duel result; the page says: " + browser.driver().findElement(By.id("main")).getText(), ex);
		}
		List<Double> probabilities = browser.driver()
			.findElements(By.cssSelector("#duel-result .probability"))
			.stream()
			.map((side) -> Double.parseDouble(side.getAttribute("data-probability")))
			.toList();
		assertThat(probabilities).hasSize(2);
		assertThat(probabilities.get(0) + probabilities.get(1)).isCloseTo(1.0, within(1e-9));
		assertThat(browser.driver().findElement(By.id("winner")).getText()).isIn(WARRIOR + " wins", "Hulk wins");
		assertThat(browser.driver().findElement(By.id("model-version")).getText()).isNotBlank();
		assertThat(browser.driver().findElement(By.id("variant")).getText()).isIn("champion", "challenger");
		browser.screenshot("duel");
	}

	@Test
	@Order(4)
	void analyticsShouldChartOneBarPerHeroWithUsersAndFollowTheNextEtlRunOnReload() throws Exception {
		JsonNode before = awaitAnalyticsOfTheLatestRun();
		browser.open(consoleUrl + "/analytics");
		browser.awaitText(By.id("data-version"), before.path("etlRunId").asString());
		assertThat(heroChartBars()).containsExactlyElementsOf(heroesWithUsers(before));
		assertThat(browser.driver().findElements(By.cssSelector("#leaderboard tr.strongest")))
			.as("the strongest player's row, highlighted")
			.hasSize(1);
		browser.screenshot("analytics");

		submit("Late Comer", 40, "Storm");
		assertThat(system.etl("run")).as("ETL run").isZero();
		JsonNode after = awaitAnalyticsOfTheLatestRun();
		assertThat(after.path("etlRunId").asString()).isNotEqualTo(before.path("etlRunId").asString());
		browser.driver().navigate().refresh();
		browser.awaitText(By.id("data-version"), after.path("etlRunId").asString());
		assertThat(heroChartBars()).containsExactlyElementsOf(heroesWithUsers(after)).contains("Storm");
	}

	@Test
	@Order(5)
	void modelsShouldShowTheChampionVersionAsPredictReportsIt() throws Exception {
		// the registry's champion, which predict serves once its watcher has swapped to
		// it
		// (an earlier test's ETL run may just have promoted a new one)
		String champion = json.readTree(Files.readString(system.bucket().resolve("models/duel/aliases/champion.json")))
			.path("version")
			.asString();
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(
					json.readTree(system.get("predict", "/models").body()).path("champion").path("version").asString())
				.isEqualTo(champion));
		awaitAnalyticsOfTheLatestRun();
		JsonNode drift = json.readTree(system.get("analytics", "/analytics/drift").body());
		browser.open(consoleUrl + "/models");
		browser.awaitText(By.id("champion-version"), champion);
		if (drift.path("age").isObject()) {
			browser.await(By.cssSelector("#drift-chart svg"));
		}
		else {
			// before the first report: the analytics problem's title, as the page shows
			// it
			browser.awaitText(By.id("drift-summary"), drift.path("title").asString(drift.path("status").asString()));
		}
		browser.screenshot("models");
	}

	@Test
	@Order(6)
	void healthShouldShowEveryServiceUpTheModelLoadedAndS3Reachable() throws Exception {
		// the page reads every service's health once, as it loads, and each service's S3
		// check gives up after 2 s, which a loaded machine can take: reloaded until one
		// load found everything answering
		await().atMost(Duration.ofSeconds(90))
			.pollInSameThread()
			.pollInterval(Duration.ofSeconds(1))
			.untilAsserted(() -> {
				browser.open(consoleUrl + "/health");
				browser.await(By.id("s3-reachable"));
				assertThat(browser.driver().findElement(By.id("model-loaded")).getText()).startsWith("yes");
				assertThat(browser.driver().findElement(By.id("s3-reachable")).getText()).isEqualTo("yes");
				for (String service : List.of("ingest", "predict", "analytics")) {
					assertThat(browser.driver().findElement(By.id("service-" + service + "-heading")).getText())
						.as(service)
						.contains("UP");
				}
			});
		assertThat(browser.driver().findElement(By.linkText("Grafana")).getAttribute("href"))
			.isEqualTo("https://grafana.example.com/");
		browser.screenshot("health");
	}

	@Test
	@Order(7)
	void everyPageShouldFitA375PixelScreenAndLabelEveryControl() throws Exception {
		browser.resize(375, 812);
		try {
			for (Map.Entry<String, By> loaded : PAGES) {
				String page = loaded.getKey();
				browser.open(consoleUrl + page);
				browser.awaitPresent(loaded.getValue());
				long overflow = browser.script("return document.documentElement.scrollWidth - window.innerWidth;");
				assertThat(overflow).as(page + " scrolls sideways at 375 px").isLessThanOrEqualTo(0);
				List<String> unlabelled = browser
					.script("return Array.from(document.querySelectorAll('input, select, textarea, button'))"
							+ ".filter((c) => (!c.labels || c.labels.length === 0) && !c.getAttribute('aria-label')"
							+ " && !c.textContent.trim()).map((c) => c.id || c.outerHTML);");
				assertThat(unlabelled).as(page + " controls without a label").isEmpty();
				browser.screenshot("narrow" + page.replace('/', '-'));
			}
		}
		finally {
			browser.resize(1280, 1000);
		}
	}

	@Test
	@Order(8)
	void submitWhenPredictIsDownShouldStoreAndSayTheRatingIsUnavailable() throws Exception {
		system.kill("predict");
		browser.open(consoleUrl + "/submit");
		browser.await(By.cssSelector("#hero option[value='Hulk']"));
		browser.driver().findElement(By.id("name")).sendKeys("Grace Offline");
		browser.driver().findElement(By.id("age")).sendKeys("45");
		browser.driver().findElement(By.id("hero")).sendKeys("Hulk");
		browser.driver().findElement(By.id("submit-button")).click();
		browser.awaitText(By.id("rating-unavailable"), "Rating unavailable");
		assertThat(browser.driver().findElement(By.id("stored")).getText()).isEqualTo("Grace Offline is stored");
		browser.screenshot("submit-predict-down");
	}

	/** Presses Tab until the element with {@code id} has the focus. */
	private static void tabTo(String id) {
		for (int presses = 0; presses < 40; presses++) {
			if (id.equals(browser.focused().getAttribute("id"))) {
				return;
			}
			type(Keys.TAB);
		}
		fail("#" + id + " is not reachable with the Tab key");
	}

	private static void type(CharSequence... keys) {
		new Actions(browser.driver()).sendKeys(keys).perform();
	}

	private static List<String> heroChartBars() {
		List<String> bars = new ArrayList<>();
		List<?> labels = browser.script("return echarts.getInstanceByDom(document.getElementById('hero-chart'))"
				+ ".getOption().xAxis[0].data;");
		labels.forEach((label) -> bars.add(String.valueOf(label)));
		return bars;
	}

	private static List<String> heroesWithUsers(JsonNode analytics) {
		return analytics.path("heroes")
			.valueStream()
			.filter((hero) -> hero.path("users").asLong() > 0)
			.map((hero) -> hero.path("hero").asString())
			.toList();
	}

	/**
	 * The aggregates once analytics serves the latest run as it was last committed: a run
	 * commits {@code latest.json} twice under one run id (curated data, then the champion
	 * that rated the users, the drift report and the aggregates), so the commit is told
	 * by its time and model, not its run id, and its drift report must be served too.
	 */
	private static JsonNode awaitAnalyticsOfTheLatestRun() throws Exception {
		JsonNode latest = json.readTree(Files.readString(system.bucket().resolve("_manifests/etl/latest.json")));
		String runId = latest.path("runId").asString();
		Instant committedAt = Instant.parse(latest.path("committedAt").asString());
		String modelVersion = latest.path("modelVersion").asString("");
		String driftReport = latest.path("driftReport").asString("");
		return await().atMost(Duration.ofSeconds(60)).until(() -> {
			JsonNode analytics = json.readTree(system.get("analytics", "/analytics").body());
			String dataAsOf = analytics.path("dataAsOf").asString("");
			if (!analytics.path("etlRunId").asString().equals(runId)
					|| !analytics.path("modelVersion").asString("").equals(modelVersion) || dataAsOf.isEmpty()
					|| !Instant.parse(dataAsOf).equals(committedAt)) {
				return null;
			}
			String served = json.readTree(system.get("analytics", "/analytics/drift").body())
				.path("runId")
				.asString("");
			return (driftReport.isEmpty() || driftReport.endsWith("/" + served + ".json")) ? analytics : null;
		}, (analytics) -> analytics != null);
	}

	/**
	 * Warriors over several heroes and ages, duel results among them, and predict warmed
	 * up until ingest gets its instant rating.
	 */
	private static void seedWarriorsAndWarmUp() throws Exception {
		List<String> names = List.of("Grace Hopper", "Linus", "Margaret", "Alan", "Barbara", "Edsger");
		List<String> heroes = List.of("Hulk", "Thor", "Hulk", "Storm", "Thor", "Wolverine");
		for (int i = 0; i < names.size(); i++) {
			submit(names.get(i), 20 + 9 * i, heroes.get(i));
		}
		for (int i = 0; i < names.size(); i++) {
			recordDuel(names.get(i), names.get((i + 1) % names.size()));
		}
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
			HttpResponse<String> stored = system.post("ingest", "/submit-user-data",
					"{\"name\":\"Warm Up\",\"age\":30,\"hero\":\"Thor\"}");
			assertThat(json.readTree(stored.body()).path("predictionStatus").asString()).isEqualTo("ok");
		});
	}

	private static void recordDuel(String winner, String loser) throws Exception {
		HttpResponse<String> result = system.post("ingest", "/duel-results",
				"{\"name1\":\"%s\",\"name2\":\"%s\",\"winner\":\"%s\"}".formatted(winner, loser, winner));
		assertThat(result.statusCode()).as(result.body()).isEqualTo(201);
	}

	private static void submit(String name, int age, String hero) throws Exception {
		HttpResponse<String> stored = system.post("ingest", "/submit-user-data",
				"{\"name\":\"%s\",\"age\":%d,\"hero\":\"%s\"}".formatted(name, age, hero));
		assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
	}

	private static void awaitConsole() {
		try {
			await().atMost(Duration.ofSeconds(120))
				.pollInterval(Duration.ofMillis(500))
				.ignoreExceptionsInstanceOf(ConnectException.class)
				.untilAsserted(() -> {
					assertThat(console.isAlive()).as(console::tail).isTrue();
					assertThat(java.net.http.HttpClient.newHttpClient()
						.send(java.net.http.HttpRequest
							.newBuilder(java.net.URI.create(consoleUrl + "/actuator/health/readiness"))
							.build(), HttpResponse.BodyHandlers.ofString())
						.statusCode()).isEqualTo(200);
				});
		}
		catch (ConditionTimeoutException ex) {
			throw new AssertionError("web-console not ready\n" + console.tail(), ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

}

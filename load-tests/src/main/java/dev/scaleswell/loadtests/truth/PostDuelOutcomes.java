package dev.scaleswell.loadtests.truth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

import dev.scaleswell.loadtests.config.LoopbackUrls;
import dev.scaleswell.loadtests.feed.NamePool;

/**
 * Posts generated duel outcomes to a running ingest-service so that a person can watch
 * the loop close ({@code bin/stack duels}): submits the users the outcomes may name, with
 * their fixed pool profiles, then posts the outcomes to {@code POST /duel-results}, a few
 * at a time as clients would. The next ETL run curates both, evaluates the serving models
 * on the outcomes and may decide between champion and challenger. Loopback only.
 *
 * <pre>
 * java -cp load-tests.jar dev.scaleswell.loadtests.truth.PostDuelOutcomes INGEST_URL COUNT [USERS [HERO_SHARE [SEED]]]
 * </pre>
 */
public final class PostDuelOutcomes {

	static final int MAX_COUNT = 1_000_000;

	static final int MAX_USERS = 10_000;

	private static final int CONCURRENCY = 8;

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

	private final String ingestUrl;

	PostDuelOutcomes(String ingestUrl) {
		this.ingestUrl = ingestUrl;
	}

	public static void main(String[] args) throws Exception {
		if (args.length < 2 || args.length > 5) {
			System.err.println("usage: PostDuelOutcomes INGEST_URL COUNT [USERS (100)] [HERO_SHARE (0.5)] [SEED]");
			System.exit(2);
		}
		String ingest = LoopbackUrls.require("ingest URL", args[0]);
		int count = bounded("COUNT", Integer.parseInt(args[1]), 1, MAX_COUNT);
		int users = (args.length > 2) ? bounded("USERS", Integer.parseInt(args[2]), 0, MAX_USERS) : 100;
		double heroShare = (args.length > 3) ? Double.parseDouble(args[3]) : 0.5;
		long seed = (args.length > 4) ? Long.parseLong(args[4]) : System.nanoTime();
		GroundTruth truth = new GroundTruth(new NamePool(Math.max(users, 1)), users, 1.1, heroShare, seed);
		Summary summary;
		try {
			summary = new PostDuelOutcomes(ingest).run(truth, count);
		}
		catch (ExecutionException ex) {
			Throwable cause = ex.getCause();
			while (cause.getCause() != null && cause instanceof UncheckedIOException) {
				cause = cause.getCause();
			}
			System.err.println("stopped: " + ((cause.getMessage() != null) ? cause.getMessage() : cause));
			System.exit(1);
			return;
		}
		System.out.printf(Locale.ROOT,
				"posted %d users and %d duel outcomes to %s (the first-named won %d); the best accuracy any model "
						+ "can reach on these outcomes (Bayes) is %.3f%n",
				summary.users(), summary.outcomes(), ingest, summary.firstWins(), summary.bayesAccuracy());
	}

	private static int bounded(String name, int value, int min, int max) {
		if (value < min || value > max) {
			throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", was " + value);
		}
		return value;
	}

	/** Submits the users of {@code truth}, then posts {@code count} of its outcomes. */
	Summary run(GroundTruth truth, int count) throws Exception {
		List<Warrior> users = truth.users();
		inParallel(users.size(), (i) -> post("/submit-user-data",
				json("name", users.get(i).name(), "age", users.get(i).age(), "hero", users.get(i).hero())));
		DoubleAdder bayes = new DoubleAdder();
		LongAdder firstWins = new LongAdder();
		inParallel(count, (i) -> {
			GroundTruth.Outcome outcome = truth.next();
			post("/duel-results", json("name1", outcome.name1(), "name2", outcome.name2(), "winner", outcome.winner()));
			bayes.add(Math.max(outcome.probability(), 1 - outcome.probability()));
			if (outcome.firstWon()) {
				firstWins.increment();
			}
		});
		return new Summary(users.size(), count, firstWins.sum(), bayes.sum() / count);
	}

	/** Runs {@code task(0..n-1)} on a few threads; the first failure stops the run. */
	private static void inParallel(int n, IndexedTask task) throws Exception {
		try (ExecutorService executor = Executors.newFixedThreadPool(CONCURRENCY)) {
			List<Future<?>> futures = new ArrayList<>(CONCURRENCY);
			AtomicInteger next = new AtomicInteger();
			for (int t = 0; t < CONCURRENCY; t++) {
				futures.add(executor.submit(() -> {
					for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
						task.run(i);
					}
					return null;
				}));
			}
			for (Future<?> future : futures) {
				future.get();
			}
		}
	}

	private void post(String path, String json) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.ingestUrl + path))
			.timeout(TIMEOUT)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build();
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 201) {
				throw new IOException("POST " + path + " answered " + response.statusCode() + ": " + response.body()
						+ " (sent " + json + ")");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
	}

	/**
	 * A JSON object of alternating names and values; pool names and hero names hold no
	 * character JSON must escape.
	 */
	private static String json(Object... fields) {
		StringBuilder json = new StringBuilder("{");
		for (int i = 0; i < fields.length; i += 2) {
			json.append((i > 0) ? "," : "").append('"').append(fields[i]).append("\":");
			json.append((fields[i + 1] instanceof String text) ? "\"" + text + "\"" : fields[i + 1]);
		}
		return json.append('}').toString();
	}

	/**
	 * What was posted.
	 *
	 * @param users users submitted
	 * @param outcomes duel outcomes posted
	 * @param firstWins outcomes the first-named warrior won
	 * @param bayesAccuracy the mean of {@code max(p, 1 - p)}: the best accuracy any model
	 * can reach on these outcomes
	 */
	record Summary(int users, int outcomes, long firstWins, double bayesAccuracy) {
	}

	@FunctionalInterface
	private interface IndexedTask {

		void run(int index) throws Exception;

	}

}

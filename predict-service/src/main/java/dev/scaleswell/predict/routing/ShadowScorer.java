package dev.scaleswell.predict.routing;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import dev.scaleswell.predict.directory.Warrior;
import dev.scaleswell.predict.model.ServingModel;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.DisposableBean;

/**
 * Scores, off the request path, the duels a shadow challenger did not answer, and counts
 * whether it picked the champion's winner. A bounded queue keeps it from competing with
 * requests under load: what does not fit is dropped and counted.
 */
public final class ShadowScorer implements DisposableBean {

	private final ThreadPoolExecutor executor;

	private final MeterRegistry meters;

	public ShadowScorer(ShadowProperties properties, MeterRegistry meters) {
		Counter dropped = Counter.builder("predict.shadow.dropped")
			.description("Duels not shadow-scored because the shadow queue was full")
			.register(meters);
		this.executor = new ThreadPoolExecutor(properties.threads(), properties.threads(), 0, TimeUnit.SECONDS,
				new ArrayBlockingQueue<>(properties.queueCapacity()),
				Thread.ofPlatform().name("shadow-scorer-", 0).daemon().priority(Thread.MIN_PRIORITY).factory(),
				(task, pool) -> dropped.increment());
		this.meters = meters;
	}

	/**
	 * Queues {@code challenger}'s opinion on a duel the champion answered with {@code p}.
	 */
	public void score(ServingModel champion, ServingModel challenger, Warrior a, Warrior b, double p) {
		this.executor.execute(() -> compare(champion, challenger, a, b, p));
	}

	private void compare(ServingModel champion, ServingModel challenger, Warrior a, Warrior b, double p) {
		double q = challenger.probability(a, b);
		boolean agree = ServingModel.firstWins(p, a, b) == ServingModel.firstWins(q, a, b);
		Counter.builder("predict.shadow.comparisons")
			.tags("champion_version", champion.version(), "challenger_version", challenger.version(), "agreement",
					agree ? "agree" : "disagree")
			.description("Duels scored by the shadow challenger, by agreement with the champion's winner")
			.register(this.meters)
			.increment();
	}

	@Override
	public void destroy() {
		this.executor.shutdownNow();
	}

}

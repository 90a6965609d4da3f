package dev.scaleswell.ingest.prediction;

import java.net.http.HttpClient;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import dev.scaleswell.model.warrior.WarriorProfile;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.context.ContextExecutorService;
import io.micrometer.context.ContextSnapshotFactory;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Asks predict-service for a new warrior's rating. Every call is bounded by the timeout
 * and guarded by a circuit breaker, and runs beside the S3 write, so a submission waits
 * for whichever of the two is slower and never fails because of predict-service.
 */
@Component
public class PredictionClient implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(PredictionClient.class);

	private final RestClient rest;

	private final CircuitBreaker breaker;

	private final PredictionProperties properties;

	private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

	private final ContextSnapshotFactory snapshots = ContextSnapshotFactory.builder().build();

	/** Runs calls with the submitting request's context, its trace among it. */
	private final Executor calls = ContextExecutorService.wrap(this.executor, this.snapshots::captureAll);

	private final Counter ok;

	private final Counter unavailable;

	public PredictionClient(PredictionProperties properties, MeterRegistry meters, RestClient.Builder clients,
			CircuitBreakerRegistry breakers) {
		this.properties = properties;
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().connectTimeout(properties.timeout()).executor(this.executor).build());
		requests.setReadTimeout(properties.timeout());
		// Boot's builder is observed: each call carries the request's trace as
		// traceparent
		this.rest = clients.baseUrl(properties.baseUrl().toString()).requestFactory(requests).build();
		// from the registry whose breakers are exported as
		// resilience4j_circuitbreaker_*{name="predict"}
		this.breaker = breakers.circuitBreaker("predict",
				CircuitBreakerConfig.custom()
					.failureRateThreshold(properties.failureRateThreshold())
					.slowCallDurationThreshold(properties.timeout())
					.slowCallRateThreshold(properties.failureRateThreshold())
					.slidingWindowSize(20)
					.minimumNumberOfCalls(10)
					.waitDurationInOpenState(properties.openDuration())
					.build());
		this.ok = counter(meters, PredictionResult.OK);
		this.unavailable = counter(meters, PredictionResult.UNAVAILABLE);
	}

	/**
	 * Starts the call; the future always completes, within about the timeout. An open
	 * circuit answers at once, without a thread or a connection attempt.
	 */
	public CompletableFuture<PredictionResult> predict(WarriorProfile warrior) {
		if (!this.breaker.tryAcquirePermission()) {
			this.unavailable.increment();
			return CompletableFuture.completedFuture(PredictionResult.unavailable());
		}
		return CompletableFuture.supplyAsync(() -> call(warrior), this.calls)
			.completeOnTimeout(PredictionResult.unavailable(), this.properties.timeout().toMillis() * 2,
					TimeUnit.MILLISECONDS);
	}

	private PredictionResult call(WarriorProfile warrior) {
		long start = System.nanoTime();
		try {
			Prediction prediction = this.rest.post()
				.uri("/warriors/rating")
				.contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("name", warrior.name(), "age", warrior.age(), "hero", warrior.hero().name()))
				.retrieve()
				.body(Prediction.class);
			if (prediction == null) {
				throw new IllegalStateException("predict-service answered without a body");
			}
			this.breaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
			this.ok.increment();
			return PredictionResult.ok(prediction);
		}
		catch (RuntimeException ex) {
			this.breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, ex);
			logger.debug("No prediction: {}", ex.getMessage());
			this.unavailable.increment();
			return PredictionResult.unavailable();
		}
	}

	@Override
	public void destroy() {
		this.executor.close();
	}

	private static Counter counter(MeterRegistry meters, String status) {
		return Counter.builder("ingest.predictions")
			.description("Instant predictions by status")
			.tag("status", status)
			.register(meters);
	}

}

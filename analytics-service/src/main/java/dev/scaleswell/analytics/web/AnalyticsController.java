package dev.scaleswell.analytics.web;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.scaleswell.lake.aggregate.AggregateBuilder;
import dev.scaleswell.lake.aggregate.AnalyticsView;
import dev.scaleswell.analytics.aggregate.HeroesView;
import dev.scaleswell.analytics.aggregate.LeaderboardView;
import dev.scaleswell.analytics.snapshot.CachedJson;
import dev.scaleswell.analytics.snapshot.Snapshot;
import dev.scaleswell.analytics.snapshot.SnapshotStore;
import dev.scaleswell.analytics.system.AnalyticsProperties;
import dev.scaleswell.model.validation.FieldViolation;
import dev.scaleswell.service.problem.ProblemException;
import dev.scaleswell.service.problem.ProblemType;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * Answers every analytics request from the in-memory snapshot's pre-serialised bytes,
 * with a strong ETag, {@code Cache-Control: max-age} and 304 for a matching
 * {@code If-None-Match}. Counts {@code analytics_cache_served_total{resource,response}}.
 */
@RestController
class AnalyticsController {

	/** While no snapshot is loaded: about one refresh attempt away. */
	private static final Duration RETRY_AFTER = Duration.ofSeconds(5);

	private final SnapshotStore store;

	private final CacheControl cacheControl;

	private final Map<Resource, Counter> served = new EnumMap<>(Resource.class);

	private final Map<Resource, Counter> notModified = new EnumMap<>(Resource.class);

	AnalyticsController(SnapshotStore store, AnalyticsProperties properties, MeterRegistry registry) {
		this.store = store;
		this.cacheControl = CacheControl.maxAge(properties.cacheMaxAge()).cachePublic();
		for (Resource resource : Resource.values()) {
			this.served.put(resource, counter(registry, resource, "ok"));
			this.notModified.put(resource, counter(registry, resource, "not_modified"));
		}
	}

	@Operation(summary = "Totals, most popular hero, strongest player, heroes, age histogram and the top 10 duellists")
	@ApiResponse(responseCode = "200",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = AnalyticsView.class)))
	@GetMapping(path = "/analytics", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<byte[]> analytics(WebRequest request) {
		return serve(Resource.ANALYTICS, snapshot().analytics(), request);
	}

	@Operation(summary = "Users, share, average age and average rating per hero")
	@ApiResponse(responseCode = "200",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = HeroesView.class)))
	@GetMapping(path = "/analytics/heroes", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<byte[]> heroes(WebRequest request) {
		return serve(Resource.HEROES, snapshot().heroes(), request);
	}

	@Operation(summary = "Warriors by recorded duel wins")
	@ApiResponse(responseCode = "200",
			content = @Content(mediaType = "application/json",
					schema = @Schema(implementation = LeaderboardView.class)))
	@GetMapping(path = "/analytics/leaderboard", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<byte[]> leaderboard(@Parameter(description = "entries to return, 1..100") @RequestParam(
			defaultValue = "" + AggregateBuilder.SUMMARY_LEADERBOARD) int limit, WebRequest request) {
		if (limit < 1 || limit > AggregateBuilder.LEADERBOARD_MAX) {
			throw new ProblemException(ProblemType.invalid(List
				.of(new FieldViolation("limit", "limit must be between 1 and " + AggregateBuilder.LEADERBOARD_MAX))));
		}
		return serve(Resource.LEADERBOARD, snapshot().leaderboard(limit), request);
	}

	@Operation(summary = "The latest drift report of the ETL's train step")
	@ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json"))
	@GetMapping(path = "/analytics/drift", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<byte[]> drift(WebRequest request) {
		CachedJson drift = snapshot().drift();
		if (drift == null) {
			throw new ProblemException(ProblemType.NO_DRIFT_REPORT, "No drift report has been committed yet");
		}
		return serve(Resource.DRIFT, drift, request);
	}

	private Snapshot snapshot() {
		return this.store.current()
			.orElseThrow(() -> new ProblemException(ProblemType.NOT_READY,
					"Analytics are not loaded yet: the data lake has not been reachable since startup")
				.retryAfter(RETRY_AFTER));
	}

	private ResponseEntity<byte[]> serve(Resource resource, CachedJson json, WebRequest request) {
		if (request.checkNotModified(json.etag())) {
			this.notModified.get(resource).increment();
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
				.eTag(json.etag())
				.cacheControl(this.cacheControl)
				.build();
		}
		this.served.get(resource).increment();
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.eTag(json.etag())
			.cacheControl(this.cacheControl)
			.body(json.body());
	}

	private static Counter counter(MeterRegistry registry, Resource resource, String response) {
		return Counter.builder("analytics.cache.served")
			.description("Analytics responses answered from the in-memory snapshot")
			.tag("resource", resource.tag)
			.tag("response", response)
			.register(registry);
	}

	private enum Resource {

		ANALYTICS("analytics"), HEROES("heroes"), LEADERBOARD("leaderboard"), DRIFT("drift");

		private final String tag;

		Resource(String tag) {
			this.tag = tag;
		}

	}

}

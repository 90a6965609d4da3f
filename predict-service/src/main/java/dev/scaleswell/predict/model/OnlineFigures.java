package dev.scaleswell.predict.model;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.scaleswell.model.evaluation.OnlineEvaluation;
import org.jspecify.annotations.Nullable;

/**
 * The last {@code online.json} read for each serving version, with the ETag it was read
 * at. Filled off the request path by {@link OnlineRefresher}; {@code GET /models} only
 * reads it.
 */
public class OnlineFigures {

	private final Map<String, Known> known = new ConcurrentHashMap<>();

	Optional<OnlineEvaluation> of(String version) {
		return Optional.ofNullable(this.known.get(version)).map(Known::evaluation);
	}

	@Nullable String etag(String version) {
		Known figures = this.known.get(version);
		return (figures != null) ? figures.etag() : null;
	}

	void put(String version, OnlineEvaluation evaluation, String etag) {
		this.known.put(version, new Known(evaluation, etag));
	}

	void remove(String version) {
		this.known.remove(version);
	}

	/** Forgets the versions that no longer serve. */
	void retainOnly(Set<String> versions) {
		this.known.keySet().retainAll(versions);
	}

	private record Known(OnlineEvaluation evaluation, String etag) {
	}

}

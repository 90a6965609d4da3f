package dev.scaleswell.ingest.system;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * RFC 9457 problem details with a stable {@code type} URI per kind of problem.
 */
public final class Problems {

	public static final String BASE = "https://scaleswell.dev/problems/";

	private Problems() {
	}

	public static ProblemDetail of(HttpStatusCode status, String slug, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(BASE + slug));
		problem.setTitle(title);
		return problem;
	}

	/** The slug for problems raised by the framework itself, by status. */
	static String slugFor(HttpStatusCode status) {
		return switch (status.value()) {
			case 400 -> "bad-request";
			case 401 -> "unauthorized";
			case 404 -> "not-found";
			case 405 -> "method-not-allowed";
			case 406 -> "not-acceptable";
			case 413 -> "payload-too-large";
			case 415 -> "unsupported-media-type";
			case 429 -> "rate-limited";
			case 503 -> "unavailable";
			default -> (status.is5xxServerError() ? "internal-error" : "http-" + status.value());
		};
	}

	/** The problem as a plain map, for filters that answer before Spring MVC runs. */
	static Map<String, Object> asMap(ProblemDetail problem) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("type", problem.getType().toString());
		map.put("title", problem.getTitle());
		map.put("status", problem.getStatus());
		map.put("detail", problem.getDetail());
		if (problem.getInstance() != null) {
			map.put("instance", problem.getInstance().toString());
		}
		if (problem.getProperties() != null) {
			map.putAll(problem.getProperties());
		}
		return map;
	}

}

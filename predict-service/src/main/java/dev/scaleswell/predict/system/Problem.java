package dev.scaleswell.predict.system;

import java.net.URI;
import java.util.List;

import dev.scaleswell.model.validation.FieldViolation;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The kinds of problem this service answers with, each with a stable type URI.
 */
public enum Problem {

	INVALID_REQUEST(HttpStatus.BAD_REQUEST, "invalid-request", "The request is invalid"),

	UNKNOWN_WARRIOR(HttpStatus.NOT_FOUND, "unknown-warrior", "No such warrior"),

	UNKNOWN_MODEL(HttpStatus.NOT_FOUND, "unknown-model", "No such model"),

	NOT_FOUND(HttpStatus.NOT_FOUND, "not-found", "No such resource"),

	METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", "Method not allowed"),

	NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "not-acceptable", "Not acceptable"),

	PAYLOAD_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "The request body is too large"),

	UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
			"The request body must be JSON"),

	NOT_READY(HttpStatus.SERVICE_UNAVAILABLE, "not-ready", "The service is not ready"),

	INTERNAL(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error");

	private static final String BASE = "https://scaleswell.dev/problems/";

	private final HttpStatus status;

	private final URI type;

	private final String title;

	Problem(HttpStatus status, String slug, String title) {
		this.status = status;
		this.type = URI.create(BASE + slug);
		this.title = title;
	}

	public HttpStatus status() {
		return this.status;
	}

	public URI type() {
		return this.type;
	}

	public String title() {
		return this.title;
	}

	public ProblemDetail detail(String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(this.status, detail);
		problem.setType(this.type);
		problem.setTitle(this.title);
		return problem;
	}

	/** An {@link #INVALID_REQUEST} listing every broken rule by field. */
	public static ProblemDetail invalid(List<FieldViolation> violations) {
		ProblemDetail problem = INVALID_REQUEST
			.detail(String.join("; ", violations.stream().map(FieldViolation::message).toList()));
		problem.setProperty("errors", violations);
		return problem;
	}

	/** The problem kind for a status raised by the framework itself. */
	public static Problem forStatus(int status) {
		for (Problem problem : values()) {
			if (problem.status.value() == status && problem != UNKNOWN_WARRIOR && problem != UNKNOWN_MODEL) {
				return problem;
			}
		}
		return (status >= 500) ? INTERNAL : INVALID_REQUEST;
	}

}

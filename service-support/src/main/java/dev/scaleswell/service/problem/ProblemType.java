package dev.scaleswell.service.problem;

import java.net.URI;
import java.util.List;

import dev.scaleswell.model.validation.FieldViolation;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * The catalogue of problems every service answers with: one stable {@code type} URI per
 * kind of problem, the same in every service. Each type resolves to its anchor in
 * {@code docs/problems.md}. A status with no kind of its own is answered as
 * {@code about:blank} (RFC 9457, section 4.2.1), titled by the status.
 */
public enum ProblemType {

	/** Fields or query parameters that break a rule; {@code errors} lists each one. */
	INVALID_INPUT(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input"),

	/**
	 * A request that cannot be parsed: JSON, percent-escapes, request line or headers.
	 */
	MALFORMED_REQUEST(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request"),

	UNAUTHORIZED(HttpStatus.UNAUTHORIZED, "unauthorized", "API key required"),

	NOT_FOUND(HttpStatus.NOT_FOUND, "not-found", "No such resource"),

	UNKNOWN_WARRIOR(HttpStatus.NOT_FOUND, "unknown-warrior", "No such warrior"),

	UNKNOWN_MODEL(HttpStatus.NOT_FOUND, "unknown-model", "No such model"),

	NO_DRIFT_REPORT(HttpStatus.NOT_FOUND, "no-drift-report", "No drift report yet"),

	METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", "Method not allowed"),

	NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "not-acceptable", "Not acceptable"),

	PAYLOAD_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Request too large"),

	UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Unsupported media type"),

	IDEMPOTENCY_KEY_REUSED(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
			"Idempotency key reused with another request"),

	RATE_LIMITED(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests"),

	/** The service cannot answer yet: no model loaded, no analytics snapshot loaded. */
	NOT_READY(HttpStatus.SERVICE_UNAVAILABLE, "not-ready", "The service is not ready"),

	QUEUE_FULL(HttpStatus.SERVICE_UNAVAILABLE, "queue-full", "Not stored, retry later"),

	SHUTTING_DOWN(HttpStatus.SERVICE_UNAVAILABLE, "shutting-down", "Not stored, retry later"),

	STORAGE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "storage-unavailable", "Not stored, retry later"),

	/** A fault of ours: logged with its stack trace, answered without any detail. */
	INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error");

	/** Where the catalogue is published; each slug is an anchor of that page. */
	public static final String BASE = "https://scaleswell.dev/problems/";

	private static final URI ABOUT_BLANK = URI.create("about:blank");

	private final HttpStatus status;

	private final URI type;

	private final String title;

	ProblemType(HttpStatus status, String slug, String title) {
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

	/** An {@link #INVALID_INPUT} listing every broken rule by field. */
	public static ProblemDetail invalid(List<FieldViolation> violations) {
		ProblemDetail problem = INVALID_INPUT
			.detail(String.join("; ", violations.stream().map(FieldViolation::message).toList()));
		problem.setProperty("errors", violations);
		return problem;
	}

	/**
	 * A problem for a status raised by the framework or the container, which knows only
	 * the status: the generic kind of that status, or {@code about:blank}.
	 */
	public static ProblemDetail forStatus(int status, String detail) {
		ProblemType kind = switch (status) {
			case 400 -> MALFORMED_REQUEST;
			case 401 -> UNAUTHORIZED;
			case 404 -> NOT_FOUND;
			case 405 -> METHOD_NOT_ALLOWED;
			case 406 -> NOT_ACCEPTABLE;
			case 413 -> PAYLOAD_TOO_LARGE;
			case 415 -> UNSUPPORTED_MEDIA_TYPE;
			case 429 -> RATE_LIMITED;
			case 500 -> INTERNAL_ERROR;
			default -> null;
		};
		if (kind != null) {
			return kind.detail(detail);
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status), detail);
		problem.setType(ABOUT_BLANK);
		HttpStatus known = HttpStatus.resolve(status);
		problem.setTitle((known != null) ? known.getReasonPhrase() : "Error " + status);
		return problem;
	}

}

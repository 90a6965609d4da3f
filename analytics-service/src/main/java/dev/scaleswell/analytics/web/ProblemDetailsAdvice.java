package dev.scaleswell.analytics.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error as RFC 9457 problem details with a stable type URI, never a stack trace nor
 * an exception class name.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	static final String TYPE_BASE = "https://scaleswell.dev/problems/";

	private static final Logger logger = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	private static final String RETRY_AFTER_SECONDS = "5";

	private static final URI ABOUT_BLANK = URI.create("about:blank");

	@ExceptionHandler
	ResponseEntity<Object> invalidParameter(InvalidParameterException ex, WebRequest request) {
		ProblemDetail problem = invalidParameterProblem(ex.parameter(), ex.getMessage());
		return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
	}

	@ExceptionHandler
	ResponseEntity<Object> noDriftReport(NoDriftReportException ex, WebRequest request) {
		ProblemDetail problem = problem(HttpStatus.NOT_FOUND, "no-drift-report", "No drift report yet",
				ex.getMessage());
		return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.NOT_FOUND, request);
	}

	@ExceptionHandler
	ResponseEntity<Object> snapshotUnavailable(SnapshotUnavailableException ex, WebRequest request) {
		ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "analytics-not-loaded",
				"Analytics not loaded yet", ex.getMessage() + ": the data lake has not been reachable since startup");
		return handleExceptionInternal(ex, problem, retryAfter(), HttpStatus.SERVICE_UNAVAILABLE, request);
	}

	/** Whatever else goes wrong is answered as a temporary failure, never a 500. */
	@ExceptionHandler
	ResponseEntity<Object> unexpected(Exception ex, WebRequest request) throws Exception {
		if (ex instanceof ErrorResponse) {
			throw ex;
		}
		logger.error("Unexpected failure answering {}", request.getDescription(false), ex);
		ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "temporarily-unavailable",
				"Temporarily unavailable", "The request could not be answered; retry later");
		return handleExceptionInternal(ex, problem, retryAfter(), HttpStatus.SERVICE_UNAVAILABLE, request);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = (ex.getPropertyName() != null) ? ex.getPropertyName() : "parameter";
		ProblemDetail problem = invalidParameterProblem(name, name + " must be an integer");
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		Object problemBody = (body == null && ex instanceof ErrorResponse error) ? error.getBody() : body;
		if (problemBody instanceof ProblemDetail problem
				&& (problem.getType() == null || ABOUT_BLANK.equals(problem.getType()))) {
			problem.setType(URI.create(TYPE_BASE + slug(statusCode)));
		}
		return super.handleExceptionInternal(ex, problemBody, headers, statusCode, request);
	}

	private static ProblemDetail invalidParameterProblem(String parameter, String message) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid query parameter",
				message);
		problem.setProperty("errors", List.of(Map.of("field", parameter, "message", message)));
		return problem;
	}

	private static ProblemDetail problem(HttpStatus status, String slug, String title, @Nullable String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPE_BASE + slug));
		problem.setTitle(title);
		return problem;
	}

	private static HttpHeaders retryAfter() {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
		return headers;
	}

	private static String slug(HttpStatusCode status) {
		HttpStatus known = HttpStatus.resolve(status.value());
		return (known != null) ? known.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') : "error";
	}

}

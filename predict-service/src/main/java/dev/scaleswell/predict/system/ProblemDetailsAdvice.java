package dev.scaleswell.predict.system;

import java.net.URI;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Answers every error as RFC 9457 problem details with this service's type URIs: the
 * framework's own errors (unreadable body, wrong media type, unknown path...) as well as
 * ours. An unexpected failure is logged once and answered without any internal detail.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	private static final URI ABOUT_BLANK = URI.create("about:blank");

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException ex, WebRequest request) {
		ProblemDetail problem = Problem.INVALID_REQUEST.detail("parameter '" + ex.getName() + "' has the wrong type");
		return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatusCode.valueOf(problem.getStatus()),
				request);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception ex, WebRequest request) {
		log.error("Unexpected failure answering {}", request.getDescription(false), ex);
		ProblemDetail problem = Problem.INTERNAL.detail("The request could not be answered; it has been logged.");
		return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatusCode.valueOf(problem.getStatus()),
				request);
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		ProblemDetail problem;
		if (body instanceof ProblemDetail detail) {
			problem = detail;
		}
		else if (body == null && ex instanceof ErrorResponse response) {
			problem = response.getBody();
		}
		else {
			problem = ProblemDetail.forStatus(statusCode);
		}
		if (problem.getType() == null || ABOUT_BLANK.equals(problem.getType())) {
			Problem kind = Problem.forStatus(statusCode.value());
			problem.setType(kind.type());
			problem.setTitle(kind.title());
		}
		return super.handleExceptionInternal(ex, problem, headers, statusCode, request);
	}

}

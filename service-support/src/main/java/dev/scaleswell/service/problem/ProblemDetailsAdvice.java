package dev.scaleswell.service.problem;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.ClassUtils;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Answers every error raised while Spring MVC handles a request as RFC 9457 problem
 * details typed from {@link ProblemType}: a {@link ProblemException} as it is, the
 * framework's own errors (unreadable body, wrong media type, unknown path...) by their
 * status. An unexpected failure is logged once and answered without any internal detail.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	private static final URI ABOUT_BLANK = URI.create("about:blank");

	/**
	 * Tomcat decodes the query lazily: a broken percent-escape surfaces on first read.
	 */
	@ExceptionHandler
	ResponseEntity<Object> invalidParameters(InvalidParameterException ex, WebRequest request) {
		return handleExceptionInternal(ex, malformedParameters(), new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
	}

	@ExceptionHandler
	ResponseEntity<Object> unexpected(Exception ex, WebRequest request) {
		log.error("Unexpected failure answering {}", request.getDescription(false), ex);
		ProblemDetail problem = ProblemType.INTERNAL_ERROR
			.detail("The request could not be answered; the failure has been logged.");
		return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = (ex.getPropertyName() != null) ? ex.getPropertyName() : "parameter";
		String message = name + " must be " + expected(ex.getRequiredType());
		return handleExceptionInternal(ex, invalid(name, message), headers, HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMissingServletRequestParameter(
			MissingServletRequestParameterException ex, HttpHeaders headers, HttpStatusCode status,
			WebRequest request) {
		return handleExceptionInternal(ex, invalid(ex.getParameterName(), ex.getParameterName() + " is required"),
				headers, HttpStatus.BAD_REQUEST, request);
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
			ProblemDetail typed = ProblemType.forStatus(statusCode.value(),
					(problem.getDetail() != null) ? problem.getDetail() : "");
			problem.setType(typed.getType());
			problem.setTitle(typed.getTitle());
		}
		// a problem is JSON whatever the client accepts: negotiating it away leaves an
		// empty body
		HttpHeaders problemHeaders = new HttpHeaders();
		problemHeaders.putAll(headers);
		problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		return super.handleExceptionInternal(ex, problem, problemHeaders, statusCode, request);
	}

	static ProblemDetail malformedParameters() {
		return ProblemType.MALFORMED_REQUEST
			.detail("the query string or form body is not valid: every '%' must start an escape of two hex digits "
					+ "and the decoded bytes must be UTF-8");
	}

	private static ProblemDetail invalid(String field, String message) {
		ProblemDetail problem = ProblemType.INVALID_INPUT.detail(message);
		problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
		return problem;
	}

	private static String expected(@Nullable Class<?> type) {
		Class<?> boxed = (type != null) ? ClassUtils.resolvePrimitiveIfNecessary(type) : Object.class;
		if (boxed == Integer.class || boxed == Long.class || boxed == Short.class || boxed == Byte.class) {
			return "an integer";
		}
		if (Number.class.isAssignableFrom(boxed)) {
			return "a number";
		}
		return (type != null) ? "a valid " + type.getSimpleName() : "of the expected type";
	}

}

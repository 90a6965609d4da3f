package dev.scaleswell.ingest.system;

import java.net.URI;

import dev.scaleswell.ingest.idempotency.IdempotencyKeyReusedException;
import dev.scaleswell.ingest.storage.StorageUnavailableException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error as an RFC 9457 problem detail with a stable {@code type}: ours by kind of
 * problem, the framework's (404, 405, 415...) by status. No exception class name or stack
 * trace ever reaches a client.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final Logger logger = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalidInput(InvalidInputException ex) {
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input",
				"the request has " + ex.violations().size() + " invalid field(s)");
		problem.setProperty("errors", ex.violations());
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> malformedJson(MalformedJsonException ex) {
		return ResponseEntity.badRequest()
			.body(Problems.of(HttpStatus.BAD_REQUEST, "malformed-json", "Malformed JSON", ex.getMessage()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> payloadTooLarge(PayloadTooLargeException ex) {
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
			.body(Problems.of(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Request body too large",
					"the request body must be at most " + ex.limit() + " bytes"));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> idempotencyKeyReused(IdempotencyKeyReusedException ex) {
		return ResponseEntity.unprocessableContent()
			.body(Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
					"Idempotency key reused with another request", ex.getMessage()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> storageUnavailable(StorageUnavailableException ex) {
		String slug = switch (ex.reason()) {
			case QUEUE_FULL -> "queue-full";
			case SHUTTING_DOWN -> "shutting-down";
			case S3_UNAVAILABLE -> "storage-unavailable";
		};
		long seconds = Math.max(1, ex.retryAfter().toSeconds());
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
			.body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, slug, "Not stored, retry later",
					ex.getMessage() + "; nothing was stored, retry after " + seconds + " s"));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		logger.error("Unexpected failure", ex);
		return ResponseEntity.internalServerError()
			.body(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
					"the request failed unexpectedly"));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body,
			HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
		ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
		if (response != null && response.getBody() instanceof ProblemDetail problem) {
			problem.setType(URI.create(Problems.BASE + Problems.slugFor(statusCode)));
		}
		return response;
	}

}

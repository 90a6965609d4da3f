package dev.scaleswell.service.problem;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An expected outcome answered as the given problem details. Carries no stack trace: it
 * is not a fault.
 */
public class ProblemException extends ErrorResponseException {

	public ProblemException(ProblemDetail problem) {
		this(problem, null);
	}

	public ProblemException(ProblemDetail problem, @Nullable Throwable cause) {
		super(HttpStatusCode.valueOf(problem.getStatus()), problem, cause);
	}

	public ProblemException(ProblemType type, String detail) {
		this(type.detail(detail));
	}

	/** Tells the client when to retry, in whole seconds (at least one). */
	public ProblemException retryAfter(Duration delay) {
		getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, delay.toSeconds())));
		return this;
	}

	@Override
	public synchronized Throwable fillInStackTrace() {
		return this;
	}

}

package dev.scaleswell.predict.system;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An error answered as the given problem details. Carries no stack trace: it is an
 * expected outcome, not a fault.
 */
public class ProblemException extends ErrorResponseException {

	public ProblemException(ProblemDetail problem) {
		super(HttpStatusCode.valueOf(problem.getStatus()), problem, null);
	}

	public ProblemException(Problem problem, String detail) {
		this(problem.detail(detail));
	}

	/** 503: the service cannot answer before the registry's champion is loaded. */
	public static ProblemException noModelYet() {
		ProblemException problem = new ProblemException(Problem.NOT_READY,
				"no model has been loaded from the registry yet; retry shortly");
		problem.getHeaders().set(HttpHeaders.RETRY_AFTER, "15");
		return problem;
	}

	@Override
	public synchronized Throwable fillInStackTrace() {
		return this;
	}

}

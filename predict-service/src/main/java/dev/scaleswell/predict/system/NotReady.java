package dev.scaleswell.predict.system;

import java.time.Duration;

import dev.scaleswell.service.problem.ProblemException;
import dev.scaleswell.service.problem.ProblemType;

/**
 * The answer while no champion has been loaded from the registry yet.
 */
public final class NotReady {

	private static final Duration RETRY_AFTER = Duration.ofSeconds(15);

	private NotReady() {
	}

	/**
	 * 503 with {@code Retry-After}: the service cannot answer before a champion is
	 * loaded.
	 */
	public static ProblemException noModelYet() {
		return new ProblemException(ProblemType.NOT_READY,
				"no model has been loaded from the registry yet; retry shortly")
			.retryAfter(RETRY_AFTER);
	}

}

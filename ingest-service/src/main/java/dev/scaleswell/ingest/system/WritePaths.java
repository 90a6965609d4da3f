package dev.scaleswell.ingest.system;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The endpoints that store data: API keys and rate limits guard only these.
 */
final class WritePaths {

	private static final Set<String> PATHS = Set.of("/submit-user-data", "/duel-results");

	private WritePaths() {
	}

	static boolean isWrite(HttpServletRequest request) {
		return "POST".equals(request.getMethod())
				&& PATHS.contains(request.getRequestURI().substring(request.getContextPath().length()));
	}

}

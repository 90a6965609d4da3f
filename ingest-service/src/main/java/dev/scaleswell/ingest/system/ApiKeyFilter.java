package dev.scaleswell.ingest.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import dev.scaleswell.service.problem.ProblemResponses;
import dev.scaleswell.service.problem.ProblemType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Requires a configured key in {@code X-API-Key} on the write endpoints, when any key is
 * configured; answers 401 otherwise. Keys are compared in constant time.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ApiKeyFilter extends OncePerRequestFilter {

	private final List<byte[]> keys;

	ApiKeyFilter(ApiProperties properties) {
		this.keys = properties.apiKeys()
			.stream()
			.filter((key) -> !key.isBlank())
			.map((key) -> key.getBytes(StandardCharsets.UTF_8))
			.toList();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return this.keys.isEmpty() || !WritePaths.isWrite(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String presented = request.getHeader(Clients.API_KEY_HEADER);
		if (presented == null || !isKnown(presented.getBytes(StandardCharsets.UTF_8))) {
			ProblemResponses.write(response, ProblemType.UNAUTHORIZED
				.detail("send a valid API key in the " + Clients.API_KEY_HEADER + " header"));
			return;
		}
		chain.doFilter(request, response);
	}

	private boolean isKnown(byte[] presented) {
		boolean known = false;
		for (byte[] key : this.keys) {
			known |= MessageDigest.isEqual(key, presented);
		}
		return known;
	}

}

package dev.scaleswell.predict.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 413 to a request whose declared body exceeds the limit, before anything reads
 * it. Bodies of unknown length are bounded by Jackson's own read constraints.
 */
class BodySizeLimitFilter extends OncePerRequestFilter {

	private final long maxBytes;

	private final JsonMapper json;

	BodySizeLimitFilter(WebProperties properties, JsonMapper json) {
		this.maxBytes = properties.maxBodySize().toBytes();
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > this.maxBytes) {
			ProblemDetail problem = Problem.PAYLOAD_TOO_LARGE
				.detail("the request body may be at most " + this.maxBytes + " bytes");
			response.setStatus(problem.getStatus());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setHeader("Connection", "close");
			this.json.writeValue(response.getOutputStream(), problem);
			return;
		}
		chain.doFilter(request, response);
	}

}

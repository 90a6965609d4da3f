package dev.scaleswell.predict.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import dev.scaleswell.service.problem.ProblemResponses;
import dev.scaleswell.service.problem.ProblemType;

import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 413 to a request whose declared body exceeds the limit, before anything reads
 * it. Bodies of unknown length are bounded by Jackson's own read constraints.
 */
class BodySizeLimitFilter extends OncePerRequestFilter {

	private final long maxBytes;

	BodySizeLimitFilter(WebProperties properties) {
		this.maxBytes = properties.maxBodySize().toBytes();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > this.maxBytes) {
			ProblemDetail problem = ProblemType.PAYLOAD_TOO_LARGE
				.detail("the request body may be at most " + this.maxBytes + " bytes");
			response.setHeader("Connection", "close");
			ProblemResponses.write(response, problem);
			return;
		}
		chain.doFilter(request, response);
	}

}

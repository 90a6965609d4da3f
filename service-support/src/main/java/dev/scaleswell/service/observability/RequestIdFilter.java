package dev.scaleswell.service.observability;

import java.io.IOException;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers every request with its trace id as {@code X-Request-Id}: the id every log line
 * of the request carries, so a client's report leads straight to those lines. A caller
 * that sends a W3C {@code traceparent} gets its own trace id back.
 */
final class RequestIdFilter extends OncePerRequestFilter {

	static final String HEADER = "X-Request-Id";

	private final Tracer tracer;

	RequestIdFilter(Tracer tracer) {
		this.tracer = tracer;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Span span = this.tracer.currentSpan();
		if (span != null) {
			response.setHeader(HEADER, span.context().traceId());
		}
		chain.doFilter(request, response);
	}

}

package dev.scaleswell.ingest.system;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import dev.scaleswell.service.problem.ProblemResponses;
import dev.scaleswell.service.problem.ProblemType;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A token bucket per client on the write endpoints (off unless enabled); an empty bucket
 * answers 429 with the seconds until the next token in {@code Retry-After}. Buckets are
 * per replica: the cluster-wide limit is this one times the replicas.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class RateLimitFilter extends OncePerRequestFilter {

	private final ApiProperties.RateLimit limit;

	private final Cache<String, Bucket> buckets;

	RateLimitFilter(ApiProperties properties) {
		this.limit = properties.rateLimit();
		this.buckets = Caffeine.newBuilder()
			.maximumSize(this.limit.idleClients())
			.expireAfterAccess(this.limit.forgetAfter())
			.build();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !this.limit.enabled() || !WritePaths.isWrite(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Bucket bucket = this.buckets.get(Clients.rateLimitKey(request), (client) -> newBucket());
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		if (!probe.isConsumed()) {
			long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999));
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
			ProblemResponses.write(response, ProblemType.RATE_LIMITED.detail("this client may send "
					+ this.limit.requestsPerSecond() + " requests per second; retry after " + seconds + " s"));
			return;
		}
		chain.doFilter(request, response);
	}

	private Bucket newBucket() {
		return Bucket.builder()
			.addLimit(Bandwidth.builder()
				.capacity(this.limit.burst())
				.refillGreedy(this.limit.requestsPerSecond(), Duration.ofSeconds(1))
				.build())
			.build();
	}

}

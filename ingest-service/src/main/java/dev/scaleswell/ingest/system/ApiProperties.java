package dev.scaleswell.ingest.system;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits and access rules of the write endpoints.
 *
 * @param maxBodySize largest request body accepted; a larger one gets 413
 * @param apiKeys keys accepted in {@code X-API-Key}; empty (the local default) means the
 * write endpoints are open
 * @param rateLimit per-client request rate limit
 */
@ConfigurationProperties("scaleswell.ingest.api")
public record ApiProperties(@DefaultValue("16KB") DataSize maxBodySize, @DefaultValue List<String> apiKeys,
		@DefaultValue RateLimit rateLimit) {

	/**
	 * A token bucket per client (API key, else remote address).
	 *
	 * @param enabled whether requests are limited at all (off by default locally)
	 * @param requestsPerSecond sustained rate per client
	 * @param burst requests a client may send at once
	 * @param idleClients clients remembered at most; the least recently seen are
	 * forgotten first
	 * @param forgetAfter how long an idle client's bucket is kept
	 */
	public record RateLimit(@DefaultValue("false") boolean enabled, @DefaultValue("200") long requestsPerSecond,
			@DefaultValue("400") long burst, @DefaultValue("100000") long idleClients,
			@DefaultValue("10m") Duration forgetAfter) {

		public RateLimit {
			if (requestsPerSecond < 1 || burst < 1 || idleClients < 1) {
				throw new IllegalArgumentException(
						"scaleswell.ingest.api.rate-limit.requests-per-second, burst and idle-clients must be positive");
			}
		}

	}

}

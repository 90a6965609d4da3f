package dev.scaleswell.analytics.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How analytics follows the lake and how long clients may cache its answers.
 *
 * @param pollInterval how often {@code latest.json} is checked (a conditional GET)
 * @param cacheMaxAge the {@code Cache-Control: max-age} of every analytics response
 */
@ConfigurationProperties("scaleswell.analytics")
public record AnalyticsProperties(@DefaultValue("30s") Duration pollInterval,
		@DefaultValue("30s") Duration cacheMaxAge) {

	public AnalyticsProperties {
		if (pollInterval.isNegative() || pollInterval.isZero()) {
			throw new IllegalArgumentException("scaleswell.analytics.poll-interval must be positive");
		}
		if (cacheMaxAge.isNegative()) {
			throw new IllegalArgumentException("scaleswell.analytics.cache-max-age must not be negative");
		}
	}

}

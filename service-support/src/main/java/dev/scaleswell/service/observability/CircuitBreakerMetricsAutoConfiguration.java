package dev.scaleswell.service.observability;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Exports every circuit breaker of the registry
 * ({@code resilience4j_circuitbreaker_state}, {@code _calls_seconds},
 * {@code _failure_rate}, {@code _not_permitted_calls_total}...), breakers created later
 * included, for services that have Resilience4j's circuit breaker. A breaker built
 * outside the registry ({@code CircuitBreaker.of}) is invisible here.
 */
@AutoConfiguration
@ConditionalOnClass({ CircuitBreakerRegistry.class, TaggedCircuitBreakerMetrics.class })
public class CircuitBreakerMetricsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	CircuitBreakerRegistry circuitBreakerRegistry() {
		return CircuitBreakerRegistry.ofDefaults();
	}

	@Bean
	TaggedCircuitBreakerMetrics circuitBreakerMetrics(CircuitBreakerRegistry registry) {
		return TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(registry);
	}

}

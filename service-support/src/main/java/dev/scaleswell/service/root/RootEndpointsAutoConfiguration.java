package dev.scaleswell.service.root;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.autoconfigure.actuate.endpoint.HealthEndpointAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.prometheus.PrometheusMetricsExportAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The reference system's {@code GET /} and {@code GET /metrics}, once the actuator's
 * health endpoint and Prometheus registry exist.
 */
@AutoConfiguration(after = { HealthEndpointAutoConfiguration.class, PrometheusMetricsExportAutoConfiguration.class })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class RootEndpointsAutoConfiguration {

	@Bean
	@ConditionalOnBean({ HealthEndpoint.class, PrometheusMeterRegistry.class })
	RootController rootController(HealthEndpoint health, PrometheusMeterRegistry prometheus) {
		return new RootController(health, prometheus);
	}

}

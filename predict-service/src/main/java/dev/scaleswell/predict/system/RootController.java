package dev.scaleswell.predict.system;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.swagger.v3.oas.annotations.Operation;

import org.springframework.boot.health.actuate.endpoint.HealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Status;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reference system's operational endpoints: {@code GET /} as a health check and
 * {@code GET /metrics} in Prometheus text, beside {@code /actuator/*}.
 */
@RestController
class RootController {

	private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

	private final HealthEndpoint health;

	private final PrometheusMeterRegistry prometheus;

	RootController(HealthEndpoint health, PrometheusMeterRegistry prometheus) {
		this.health = health;
		this.prometheus = prometheus;
	}

	@GetMapping("/")
	@Operation(summary = "Health: UP (200) when a champion model and the warrior directory are loaded")
	ResponseEntity<HealthDescriptor> health() {
		HealthDescriptor readiness = this.health.healthForPath("readiness");
		HealthDescriptor descriptor = (readiness != null) ? readiness : this.health.health();
		HttpStatus status = Status.UP.equals(descriptor.getStatus()) ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE;
		return ResponseEntity.status(status).body(descriptor);
	}

	@GetMapping(path = "/metrics", produces = PROMETHEUS_TEXT)
	@Operation(summary = "Prometheus metrics, as /actuator/prometheus")
	String metrics() {
		return this.prometheus.scrape();
	}

}

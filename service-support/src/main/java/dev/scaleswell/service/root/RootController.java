package dev.scaleswell.service.root;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import org.springframework.boot.health.actuate.endpoint.HealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Status;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reference system's operational endpoints, beside {@code /actuator/*}: {@code GET /}
 * as a health check (the readiness group: 200 when the service can answer, 503 when not)
 * and {@code GET /metrics} in Prometheus text.
 */
@RestController
public class RootController {

	private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

	private final HealthEndpoint health;

	private final PrometheusMeterRegistry prometheus;

	public RootController(HealthEndpoint health, PrometheusMeterRegistry prometheus) {
		this.health = health;
		this.prometheus = prometheus;
	}

	@GetMapping("/")
	ResponseEntity<HealthDescriptor> health() {
		HealthDescriptor readiness = this.health.healthForPath("readiness");
		HealthDescriptor descriptor = (readiness != null) ? readiness : this.health.health();
		HttpStatus status = Status.UP.equals(descriptor.getStatus()) ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE;
		return ResponseEntity.status(status).body(descriptor);
	}

	@GetMapping(path = "/metrics", produces = PROMETHEUS_TEXT)
	String metrics() {
		return this.prometheus.scrape();
	}

}

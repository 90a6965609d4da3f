package dev.scaleswell.analytics.system;

import io.swagger.v3.oas.annotations.Hidden;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The reference system's operational paths, served by the actuator: {@code GET /} is the
 * health check, {@code GET /metrics} the Prometheus scrape.
 */
@Hidden
@Controller
class ServiceEndpointsController {

	@GetMapping("/")
	String health() {
		return "forward:/actuator/health";
	}

	@GetMapping("/metrics")
	String metrics() {
		return "forward:/actuator/prometheus";
	}

}

package dev.scaleswell.ingest.system;

import io.swagger.v3.oas.annotations.Hidden;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The reference system's paths: {@code GET /} answers the health JSON and
 * {@code GET /metrics} the Prometheus text, both served by Actuator.
 */
@Controller
@Hidden
class RootController {

	@GetMapping("/")
	String health() {
		return "forward:/actuator/health";
	}

	@GetMapping("/metrics")
	String metrics() {
		return "forward:/actuator/prometheus";
	}

}

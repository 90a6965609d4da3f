package dev.scaleswell.analytics.system;

import io.swagger.v3.oas.annotations.Hidden;

import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A bare Spring MVC endpoint that bin/bench-analytics measures {@code GET /analytics}
 * against, in the same JVM. Exists only under the {@code bench-baseline} profile.
 */
@Hidden
@RestController
@Profile("bench-baseline")
class BaselineController {

	@GetMapping("/bench/baseline")
	String baseline() {
		return "ok";
	}

}

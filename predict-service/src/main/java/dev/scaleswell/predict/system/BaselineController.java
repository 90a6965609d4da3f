package dev.scaleswell.predict.system;

import io.swagger.v3.oas.annotations.Hidden;

import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A bare Spring MVC endpoint, only under the {@code bench-baseline} profile:
 * bin/bench-predict compares {@code GET /duel} with it in the same JVM, so the ratio
 * isolates what the duel path costs beyond Spring MVC, Tomcat and Jackson themselves.
 */
@RestController
@Profile("bench-baseline")
@Hidden
class BaselineController {

	@GetMapping(path = "/bench/baseline", produces = MediaType.APPLICATION_JSON_VALUE)
	Echo baseline(@RequestParam String name1, @RequestParam String name2) {
		return new Echo(name1, name2);
	}

	record Echo(String name1, String name2) {
	}

}

package dev.scaleswell.service.bench;

import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A bare Spring MVC endpoint, only under the {@code bench-baseline} profile: the
 * benchmarks (bin/bench, bin/bench-predict, bin/bench-analytics) measure a service's
 * endpoint against it in the same JVM, so the ratio isolates what the endpoint costs
 * beyond Spring MVC, Tomcat and Jackson themselves. It binds and echoes the query
 * parameters, as the endpoints it is compared with read theirs.
 */
@RestController
public class BaselineController {

	@GetMapping(path = "/bench/baseline", produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, String> baseline(@RequestParam Map<String, String> parameters) {
		return parameters;
	}

}

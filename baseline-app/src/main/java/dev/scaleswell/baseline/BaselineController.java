package dev.scaleswell.baseline;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers a small JSON document without touching anything else: the cost of the web stack
 * itself.
 */
@RestController
class BaselineController {

	private static final BaselineResponse RESPONSE = new BaselineResponse("ok", "baseline");

	@GetMapping("/baseline")
	BaselineResponse baseline() {
		return RESPONSE;
	}

	/** Health check at the root, as every service of the system answers it. */
	@GetMapping("/")
	BaselineResponse root() {
		return RESPONSE;
	}

	record BaselineResponse(String status, String service) {
	}

}

package dev.scaleswell.console.page;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The pages, at clean paths. Only for clients that take HTML: {@code GET /} without it
 * stays service-support's health answer.
 */
@Controller
class PageController {

	@GetMapping(path = { "/", "/submit" }, produces = MediaType.TEXT_HTML_VALUE)
	String submit() {
		return "forward:/submit.html";
	}

	@GetMapping(path = "/duel", produces = MediaType.TEXT_HTML_VALUE)
	String duel() {
		return "forward:/duel.html";
	}

	@GetMapping(path = "/analytics", produces = MediaType.TEXT_HTML_VALUE)
	String analytics() {
		return "forward:/analytics.html";
	}

	@GetMapping(path = "/models", produces = MediaType.TEXT_HTML_VALUE)
	String models() {
		return "forward:/models.html";
	}

	@GetMapping(path = "/health", produces = MediaType.TEXT_HTML_VALUE)
	String health() {
		return "forward:/health.html";
	}

}

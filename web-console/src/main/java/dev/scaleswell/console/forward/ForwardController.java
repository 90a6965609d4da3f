package dev.scaleswell.console.forward;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.util.List;

import dev.scaleswell.console.system.ConsoleProperties;
import dev.scaleswell.service.problem.ProblemException;
import dev.scaleswell.service.problem.ProblemType;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * Forwards {@code /api/<service>/<path>} to that service's {@code <path>} and answers
 * with what it answered: status, body and the headers a client acts on, so problem
 * details pass through unchanged. The one change: {@code Cache-Control} becomes
 * {@code no-cache}, so a browser revalidates by ETag on every load and never shows data
 * older than the service's (a service's {@code max-age} is meant for API clients).
 */
@RestController
class ForwardController {

	/** Request headers a service acts on; everything else stays at the console. */
	private static final List<String> REQUEST_HEADERS = List.of(HttpHeaders.ACCEPT, HttpHeaders.CONTENT_TYPE,
			HttpHeaders.IF_NONE_MATCH, "Idempotency-Key", "X-API-Key", "X-Request-Id");

	/** Response headers passed back to the browser. */
	private static final List<String> RESPONSE_HEADERS = List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.ETAG,
			HttpHeaders.RETRY_AFTER, HttpHeaders.LOCATION, "X-Request-Id", "Server-Timing");

	private final RestClient client;

	private final ConsoleProperties properties;

	ForwardController(RestClient upstreamClient, ConsoleProperties properties) {
		this.client = upstreamClient;
		this.properties = properties;
	}

	@RequestMapping("/api/{service}/**")
	ResponseEntity<byte[]> forward(@PathVariable String service, HttpServletRequest request) throws IOException {
		Route route = Route.named(service)
			.orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND,
					"no service '" + service + "': the console forwards to ingest, predict and analytics"));
		// the raw (still percent-encoded) path and query go on as the browser sent them
		String path = request.getRequestURI()
			.substring(request.getContextPath().length() + "/api/".length() + service.length());
		if (!route.forwards(path)) {
			throw new ProblemException(ProblemType.NOT_FOUND,
					"the console does not forward " + path + " to " + route.serviceName());
		}
		String query = (request.getQueryString() != null) ? "?" + request.getQueryString() : "";
		URI target = target(stripTrailingSlash(route.baseUrl(this.properties).toString()) + path + query);
		byte[] body = body(request);
		RestClient.RequestBodySpec call = this.client.method(HttpMethod.valueOf(request.getMethod()))
			.uri(target)
			.headers((headers) -> REQUEST_HEADERS.forEach((name) -> {
				String value = request.getHeader(name);
				if (value != null) {
					headers.set(name, value);
				}
			}));
		if (body.length > 0) {
			call.body(body);
		}
		try {
			return call.exchange((upstreamRequest, response) -> {
				HttpHeaders headers = new HttpHeaders();
				RESPONSE_HEADERS.forEach((name) -> {
					List<String> values = response.getHeaders().get(name);
					if (values != null) {
						headers.put(name, values);
					}
				});
				if (response.getHeaders().containsHeader(HttpHeaders.CACHE_CONTROL)) {
					headers.setCacheControl("no-cache");
				}
				return ResponseEntity.status(response.getStatusCode())
					.headers(headers)
					.body(response.getBody().readAllBytes());
			}, true);
		}
		catch (ResourceAccessException ex) {
			boolean timedOut = ex.getCause() instanceof HttpTimeoutException;
			HttpStatus status = timedOut ? HttpStatus.GATEWAY_TIMEOUT : HttpStatus.BAD_GATEWAY;
			throw new ProblemException(
					ProblemType.forStatus(status.value(), route.serviceName()
							+ (timedOut ? " did not answer in time" : " is not reachable") + "; try again shortly"),
					ex);
		}
	}

	/**
	 * The service's URI for the raw path and query; a broken percent-escape, which the
	 * service itself would refuse, is refused here the same way.
	 */
	private static URI target(String uri) {
		try {
			return URI.create(uri);
		}
		catch (IllegalArgumentException ex) {
			throw new ProblemException(ProblemType.MALFORMED_REQUEST,
					"the path or query is not valid: check its percent-escapes");
		}
	}

	private byte[] body(HttpServletRequest request) throws IOException {
		long limit = this.properties.maxBodySize().toBytes();
		if (request.getContentLengthLong() > limit) {
			throw tooLarge(limit);
		}
		try (InputStream in = request.getInputStream()) {
			byte[] body = in.readNBytes((int) limit + 1);
			if (body.length > limit) {
				throw tooLarge(limit);
			}
			return body;
		}
	}

	private static ProblemException tooLarge(long limit) {
		return new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "request bodies are limited to " + limit + " bytes");
	}

	private static String stripTrailingSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

}

package dev.scaleswell.service.problem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import dev.scaleswell.testsupport.hostile.RawExchange;
import dev.scaleswell.testsupport.hostile.RawExchange.Response;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.filter.OncePerRequestFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every error a client can get is a problem detail, whoever produces it: Spring MVC, the
 * error page or Tomcat itself, before any application code runs.
 */
@SpringBootTest(classes = ProblemDetailsIntegrationTests.App.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "management.endpoints.web.exposure.include=health,prometheus")
class ProblemDetailsIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Test
	void brokenPercentEscapeInAParameterReadByTheHandlerShouldAnswer400() {
		assertProblem(get("/echo-raw?name=%zz"), 400, "malformed-request");
		assertProblem(get("/echo-raw?name=Thor&x=%"), 400, "malformed-request");
	}

	@Test
	void brokenPercentEscapeInABoundParameterShouldAnswer400() {
		assertProblem(get("/echo?name=%zz"), 400, "malformed-request");
		assertProblem(get("/echo?name=%E0%A4"), 400, "malformed-request");
	}

	@Test
	void brokenPercentEscapeReadByAFilterShouldAnswer400() {
		assertProblem(get("/echo?name=Thor&filter=%zz"), 400, "malformed-request");
	}

	@Test
	void requestLineOverTheLimitShouldAnswerProblemNotHtml() {
		assertProblem(get("/echo?name=" + "a".repeat(20_000)), 400, "malformed-request");
	}

	@Test
	void headersOverTheLimitShouldAnswerProblemNotHtml() {
		assertProblem(get("/echo?name=Thor", "X-Big: " + "b".repeat(20_000)), 400, "malformed-request");
	}

	@Test
	void malformedRequestLineShouldAnswerProblemNotHtml() {
		Response answer = send("GET /echo?name=Th or HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		assertProblem(answer, 400, "malformed-request");
	}

	@Test
	void invalidUriShouldAnswerProblemNotHtml() {
		assertProblem(get("/%2e%2e/%00"), 400, "malformed-request");
	}

	@Test
	void unknownPathShouldAnswer404Problem() {
		assertProblem(get("/no/such/path"), 404, "not-found");
	}

	@Test
	void missingParameterShouldAnswer400InvalidInputNamingIt() {
		JsonNode problem = assertProblem(get("/echo"), 400, "invalid-input");
		assertThat(problem.path("errors").path(0).path("field").asString()).isEqualTo("name");
	}

	@Test
	void failureInAFilterShouldAnswer500ProblemWithoutInternals() {
		Response answer = get("/echo?name=Thor&fail=yes");
		JsonNode problem = assertProblem(answer, 500, "internal-error");
		assertThat(answer.body()).doesNotContain("Exception").doesNotContain("at dev.");
		assertThat(problem.path("detail").asString()).isNotEmpty();
	}

	@Test
	void unexpectedFailureInAHandlerShouldAnswer500ProblemWithoutInternals() {
		Response answer = get("/boom");
		assertProblem(answer, 500, "internal-error");
		assertThat(answer.body()).doesNotContain("IllegalStateException");
	}

	@Test
	void problemIsJsonEvenWhenTheClientAsksForHtml() {
		assertProblem(get("/no/such/path", "Accept: text/html"), 404, "not-found");
		assertProblem(get("/echo", "Accept: text/html"), 400, "invalid-input");
	}

	/**
	 * No endpoint takes uploads: a multipart body, well-formed or not, is refused by
	 * media type and never parsed.
	 */
	@Test
	void multipartBodyShouldAnswer415ProblemWhateverItsFraming() {
		for (String contentType : new String[] { "multipart/form-data", "multipart/form-data; boundary=",
				"multipart/mixed", "multipart/form-data; boundary=x" }) {
			String body = "{\"name\":\"Thor\"}";
			Response answer = send("POST /echo-json HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + contentType
					+ "\r\nContent-Length: " + body.length() + "\r\nConnection: close\r\n\r\n" + body);
			assertProblem(answer, 415, "unsupported-media-type");
		}
	}

	@Test
	void rootAnswersReadinessAndMetricsAnswersPrometheusText() {
		Response root = get("/");
		assertThat(root.status()).isEqualTo(200);
		assertThat(JSON.readTree(root.body()).path("status").asString()).isEqualTo("UP");
		Response metrics = get("/metrics");
		assertThat(metrics.status()).isEqualTo(200);
		assertThat(contentType(metrics)).startsWith("text/plain");
		assertThat(metrics.body()).contains("# TYPE jvm_");
	}

	/**
	 * A GET with the given request target, on its own connection, as no well-behaved
	 * client sends it.
	 */
	private Response get(String target, String... headers) {
		StringBuilder head = new StringBuilder("GET " + target + " HTTP/1.1\r\nHost: localhost\r\n");
		for (String header : headers) {
			head.append(header).append("\r\n");
		}
		return send(head.append("Connection: close\r\n\r\n").toString());
	}

	private Response send(String requestHead) {
		return RawExchange.send(this.port, requestHead.getBytes(StandardCharsets.ISO_8859_1), Duration.ofSeconds(10));
	}

	private static String contentType(Response response) {
		return response.headers().getOrDefault("content-type", "");
	}

	private static JsonNode assertProblem(Response answer, int status, String slug) {
		assertThat(answer.status()).as(answer.headers().toString()).isEqualTo(status);
		assertThat(contentType(answer)).as(answer.headers().toString()).startsWith("application/problem+json");
		JsonNode problem = JSON.readTree(answer.body());
		assertThat(problem.path("type").asString()).isEqualTo(ProblemType.BASE + slug);
		assertThat(problem.path("status").asInt()).isEqualTo(status);
		assertThat(problem.path("title").asString()).isNotEmpty();
		return problem;
	}

	@SpringBootApplication
	static class App {

		/**
		 * Reads a parameter before Spring MVC does, as a rate limiter keyed on it would.
		 */
		@Bean
		OncePerRequestFilter parameterReadingFilter() {
			return new OncePerRequestFilter() {
				@Override
				protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
						FilterChain chain) throws jakarta.servlet.ServletException, IOException {
					if ("yes".equals(request.getParameter("fail"))) {
						throw new IllegalStateException("a filter failed");
					}
					chain.doFilter(request, response);
				}
			};
		}

		@Bean
		EchoController echoController() {
			return new EchoController();
		}

	}

	@RestController
	static class EchoController {

		@GetMapping("/echo")
		String echo(@RequestParam String name) {
			return name;
		}

		@GetMapping("/echo-raw")
		String echoRaw(HttpServletRequest request) {
			return String.valueOf(request.getParameter("name"));
		}

		@PostMapping("/echo-json")
		String echoJson(@RequestBody Map<String, String> body) {
			return body.get("name");
		}

		@GetMapping("/boom")
		String boom() {
			throw new IllegalStateException("boom");
		}

	}

}

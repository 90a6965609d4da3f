package dev.scaleswell.service.observability;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.micrometer.tracing.test.autoconfigure.AutoConfigureTracing;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service built on service-support, logging as the services' configuration asks (ECS
 * JSON on the console): every log line of a request carries the request's trace id, which
 * is answered as {@code X-Request-Id}; a client built from the injected
 * {@code RestClient.Builder} sends the trace on as W3C {@code traceparent}; circuit
 * breakers of the registry are exported.
 */
@SpringBootTest(classes = ObservabilityIntegrationTests.App.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "logging.structured.format.console=ecs", "spring.application.name=observed-service",
				"management.endpoints.web.exposure.include=prometheus" })
@AutoConfigureTracing
@ExtendWith(OutputCaptureExtension.class)
class ObservabilityIntegrationTests {

	private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

	private static final String TRACEPARENT = "00-" + TRACE_ID + "-00f067aa0ba902b7-01";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final List<String> downstreamTraceparents = new CopyOnWriteArrayList<>();

	private static HttpServer downstream;

	@LocalServerPort
	int port;

	@Autowired
	CircuitBreakerRegistry breakers;

	@BeforeAll
	static void startDownstream() throws IOException {
		downstream = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		downstream.createContext("/", (exchange) -> {
			downstreamTraceparents.add(String.valueOf(exchange.getRequestHeaders().getFirst("traceparent")));
			exchange.sendResponseHeaders(204, -1);
			exchange.close();
		});
		downstream.start();
	}

	@AfterAll
	static void stopDownstream() {
		downstream.stop(0);
	}

	@Test
	void logLineOfARequestShouldBeJsonCarryingTheTraceIdAnsweredAsRequestId(CapturedOutput output) throws Exception {
		HttpResponse<String> response = get("/hello", TRACEPARENT);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("X-Request-Id")).hasValue(TRACE_ID);
		JsonNode line = logLine(output, App.HELLO_LOG);
		assertThat(line.path("traceId").asString()).isEqualTo(TRACE_ID);
		assertThat(line.path("service").path("name").asString()).isEqualTo("observed-service");
		assertThat(line.path("log").path("level").asString()).isEqualTo("INFO");
	}

	@Test
	void requestWithoutTraceparentShouldGetAFreshRequestId() throws Exception {
		HttpResponse<String> response = get("/hello", null);
		assertThat(response.headers().firstValue("X-Request-Id")).hasValueSatisfying(
				(id) -> assertThat(id).matches("[0-9a-f]{32}").isNotEqualTo(TRACE_ID).isNotEqualTo("0".repeat(32)));
	}

	@Test
	void unsampledTraceShouldStillBeLoggedAndAnswered(CapturedOutput output) throws Exception {
		String unsampled = "0af7651916cd43dd8448eb211c80319c";
		HttpResponse<String> response = get("/hello", "00-" + unsampled + "-b7ad6b7169203331-00");
		assertThat(response.headers().firstValue("X-Request-Id")).hasValue(unsampled);
		assertThat(output.getOut()).contains("\"traceId\":\"" + unsampled + "\"");
	}

	@Test
	void clientBuiltFromTheInjectedBuilderShouldSendTheTraceOn() throws Exception {
		downstreamTraceparents.clear();
		HttpResponse<String> response = get("/relay?port=" + downstream.getAddress().getPort(), TRACEPARENT);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(downstreamTraceparents).singleElement()
			.asString()
			.matches("00-" + TRACE_ID + "-[0-9a-f]{16}-0[01]")
			.isNotEqualTo(TRACEPARENT);
	}

	@Test
	void circuitBreakersOfTheRegistryShouldBeExported() throws Exception {
		this.breakers.circuitBreaker("downstream");
		String scrape = get("/actuator/prometheus", null).body();
		assertThat(scrape).containsPattern(
				"resilience4j_circuitbreaker_state\\{[^}]*name=\"downstream\"[^}]*state=\"closed\"[^}]*} 1");
		assertThat(scrape).contains("resilience4j_circuitbreaker_not_permitted_calls_total{");
	}

	private static JsonNode logLine(CapturedOutput output, String message) {
		return output.getOut()
			.lines()
			.filter((line) -> line.contains(message))
			.map((line) -> JSON.readTree(line))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no log line '" + message + "' in:\n" + output.getOut()));
	}

	private HttpResponse<String> get(String path, String traceparent) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path));
		if (traceparent != null) {
			request.header("traceparent", traceparent);
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	@SpringBootApplication
	@RestController
	static class App {

		static final String HELLO_LOG = "Answering hello";

		private static final Logger logger = LoggerFactory.getLogger(App.class);

		private final RestClient.Builder clients;

		App(RestClient.Builder clients) {
			this.clients = clients;
		}

		@GetMapping("/hello")
		String hello() {
			logger.info(HELLO_LOG);
			return "hello";
		}

		@GetMapping("/relay")
		String relay(int port) {
			this.clients.build().get().uri("http://127.0.0.1:" + port + "/").retrieve().toBodilessEntity();
			return "relayed";
		}

	}

}

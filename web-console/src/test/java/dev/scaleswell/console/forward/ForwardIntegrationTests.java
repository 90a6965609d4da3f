package dev.scaleswell.console.forward;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import dev.scaleswell.console.StubService;
import dev.scaleswell.console.StubService.Answer;
import dev.scaleswell.testsupport.hostile.RawExchange;
import dev.scaleswell.testsupport.hostile.RawExchange.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console in front of stand-in services: what the browser sends reaches the service,
 * what the service answers reaches the browser, byte for byte where it matters.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ForwardIntegrationTests {

	static final StubService ingest = new StubService();

	static final StubService predict = new StubService();

	static final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) throws IOException {
		registry.add("scaleswell.console.ingest-url", ingest::url);
		registry.add("scaleswell.console.predict-url", predict::url);
		int closed;
		try (ServerSocket socket = new ServerSocket(0)) {
			closed = socket.getLocalPort();
		}
		registry.add("scaleswell.console.analytics-url", () -> "http://127.0.0.1:" + closed);
		registry.add("scaleswell.console.max-body-size", () -> "1KB");
	}

	@AfterAll
	static void stopStubs() {
		ingest.close();
		predict.close();
	}

	@BeforeEach
	void forgetRequests() {
		ingest.received().clear();
		predict.received().clear();
	}

	@Test
	void forwardShouldPassAServiceProblemDetailThroughUnchanged() throws Exception {
		String problem = "{\"type\":\"https://scaleswell.dev/problems/invalid-input\",\"title\":\"Invalid input\","
				+ "\"status\":400,\"detail\":\"age must be between 13 and 100\","
				+ "\"errors\":[{\"field\":\"age\",\"message\":\"age must be between 13 and 100\"}]}";
		ingest.answer((request) -> new Answer(400, Map.of("Content-Type", "application/problem+json"), problem));
		HttpResponse<String> response = send(post("/api/ingest/submit-user-data", "{\"age\":7}"));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.body()).isEqualTo(problem);
	}

	@Test
	void forwardShouldSendMethodPathQueryBodyAndIdempotencyKeyAsReceived() throws Exception {
		ingest.answer((request) -> new Answer(201, Map.of("Content-Type", "application/json"), "{\"id\":\"1\"}"));
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/ingest/submit-user-data?x=a%20b"))
			.header("Content-Type", "application/json")
			.header("Idempotency-Key", "key-1")
			.header("Cookie", "session=secret")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Ada\"}")));
		assertThat(response.statusCode()).isEqualTo(201);
		assertThat(ingest.received()).singleElement().satisfies((request) -> {
			assertThat(request.method()).isEqualTo("POST");
			assertThat(request.path()).isEqualTo("/submit-user-data");
			assertThat(request.query()).isEqualTo("x=a%20b");
			assertThat(request.body()).isEqualTo("{\"name\":\"Ada\"}");
			assertThat(request.header("Idempotency-Key")).isEqualTo("key-1");
			assertThat(request.header("Content-Type")).isEqualTo("application/json");
			assertThat(request.header("Cookie")).as("the console's own headers stay at the console").isNull();
		});
	}

	@Test
	void forwardShouldMakeTheBrowserRevalidateByETagInsteadOfCaching() throws Exception {
		predict.answer((request) -> "\"v2\"".equals(request.header("If-None-Match"))
				? new Answer(304, Map.of("ETag", "\"v2\"", "Cache-Control", "max-age=30, public"), "")
				: new Answer(200, Map.of("Content-Type", "application/json", "ETag", "\"v2\"", "Cache-Control",
						"max-age=30, public"), "{}"));
		HttpResponse<String> first = send(get("/api/predict/models"));
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(first.headers().firstValue("ETag")).hasValue("\"v2\"");
		assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-cache");
		HttpResponse<String> again = send(get("/api/predict/models").header("If-None-Match", "\"v2\""));
		assertThat(again.statusCode()).isEqualTo(304);
	}

	@Test
	void forwardWhenTheServiceIsDownShouldAnswerA502Problem() throws Exception {
		HttpResponse<String> response = send(get("/api/analytics/analytics"));
		assertThat(response.statusCode()).isEqualTo(502);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.body()).contains("analytics-service is not reachable");
	}

	@Test
	void forwardOutsideTheServiceApiShouldAnswer404WithoutCallingIt() throws Exception {
		HttpResponse<String> response = send(get("/api/predict/actuator/prometheus"));
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("https://scaleswell.dev/problems/not-found");
		assertThat(predict.received()).isEmpty();
	}

	@Test
	void forwardShouldReachEachServiceHealth() throws Exception {
		predict.answer((request) -> new Answer(200, Map.of("Content-Type", "application/json"), "{\"status\":\"UP\"}"));
		assertThat(send(get("/api/predict/actuator/health/readiness")).body()).isEqualTo("{\"status\":\"UP\"}");
		assertThat(predict.received()).singleElement()
			.satisfies((request) -> assertThat(request.path()).isEqualTo("/actuator/health/readiness"));
	}

	/** As the service would answer it, without calling it. */
	@Test
	void forwardOfABrokenPercentEscapeShouldAnswer400WithoutCallingTheService() {
		for (String target : new String[] { "/api/predict/duel?name1=%zz&name2=Thor", "/api/predict/duel%zz" }) {
			Response response = RawExchange.send(this.port,
					("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
						.getBytes(StandardCharsets.ISO_8859_1),
					Duration.ofSeconds(10));
			assertThat(response.status()).as(target).isEqualTo(400);
			assertThat(response.body()).contains("https://scaleswell.dev/problems/malformed-request");
		}
		assertThat(predict.received()).isEmpty();
	}

	@Test
	void forwardToAnUnknownServiceShouldAnswer404() throws Exception {
		HttpResponse<String> response = send(get("/api/billing/invoices"));
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("no service 'billing'");
	}

	@Test
	void forwardOfABodyOverTheLimitShouldAnswer413WithoutCallingTheService() throws Exception {
		HttpResponse<String> response = send(post("/api/ingest/submit-user-data", "x".repeat(2048)));
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("https://scaleswell.dev/problems/payload-too-large");
		assertThat(ingest.received()).isEmpty();
	}

	private HttpRequest.Builder get(String path) {
		return HttpRequest.newBuilder(uri(path)).GET();
	}

	private HttpRequest.Builder post(String path, String body) {
		return HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}

package dev.scaleswell.testsupport.load;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpenLoadTests {

	private HttpServer server;

	private final AtomicInteger served = new AtomicInteger();

	@BeforeEach
	void startServer() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
		this.server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
		// odd numbers answer with a length, even ones chunked; every 7th is refused
		this.server.createContext("/", (exchange) -> {
			int n = Integer.parseInt(exchange.getRequestURI().getQuery().substring(2));
			byte[] body = ("{\"id\":\"" + n + "\"}").getBytes(StandardCharsets.UTF_8);
			// counted before answering: the client may finish its run as soon as the
			// answer arrives
			this.served.incrementAndGet();
			exchange.sendResponseHeaders((n % 7 == 0) ? 400 : 201, (n % 2 == 1) ? body.length : 0);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		// every 5th request answers after 200 ms
		this.server.createContext("/slow", (exchange) -> {
			int n = Integer.parseInt(exchange.getRequestURI().getQuery().substring(2));
			if (n % 5 == 0) {
				sleep(Duration.ofMillis(200));
			}
			exchange.sendResponseHeaders(200, -1);
			exchange.close();
		});
		this.server.start();
	}

	@AfterEach
	void stopServer() {
		this.server.stop(0);
	}

	@Test
	void sendsEveryRequestOnceAndHearsEveryAnswer() throws IOException {
		Set<String> bodies = ConcurrentHashMap.newKeySet();
		OpenLoad load = new OpenLoad(this.server.getAddress(),
				(n) -> ("GET /?n=" + n + " HTTP/1.1\r\nHost: localhost\r\n\r\n").getBytes(StandardCharsets.US_ASCII),
				(n, status, body) -> bodies.add(n + " " + status + " " + body));
		OpenLoad.Report report = load.run(400, Duration.ofSeconds(1), Duration.ofMillis(250), 8, Duration.ofSeconds(5));
		assertEquals(400, report.requests());
		assertEquals(0, report.errors());
		assertEquals(Map.of(201, 428L, 400, 72L), report.statuses());
		assertEquals(500, this.served.get());
		assertEquals(400, report.latencyNanos().getTotalCount());
		assertTrue(bodies.contains("3 201 {\"id\":\"3\"}"), "a body with a length");
		assertTrue(bodies.stream().anyMatch((line) -> line.startsWith("4 201 ") && line.contains("{\"id\":\"4\"}")),
				"a chunked body");
		assertTrue(report.achievedRate() > 300 && report.achievedRate() < 500, report.summary());
	}

	@Test
	void countsRequestsToAServerThatIsDownAsErrors() throws IOException {
		InetSocketAddress address = this.server.getAddress();
		this.server.stop(0);
		OpenLoad load = new OpenLoad(address,
				(n) -> "GET /?n=1 HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII),
				OpenLoad.ResponseListener.NONE);
		OpenLoad.Report report = load.run(200, Duration.ofMillis(500), Duration.ZERO, 4, Duration.ofSeconds(5));
		assertEquals(100, report.requests());
		assertEquals(100, report.errors());
		assertEquals(Map.of(), report.statuses());
		assertEquals(0, this.served.get());
	}

	@Test
	void percentileMillisOfAKnownDistributionShouldBeWithinTheHistogramsResolution() {
		Histogram latencies = new Histogram(3);
		for (long micros = 1; micros <= 10_000; micros++) {
			latencies.recordValue(micros * 1_000);
		}
		OpenLoad.Report report = new OpenLoad.Report(100, 100, 10_000, 0, Map.of(200, 10_000L), latencies);
		assertEquals(5.0, report.percentileMillis(50), 5.0 * 0.001);
		assertEquals(9.0, report.percentileMillis(90), 9.0 * 0.001);
		assertEquals(9.9, report.percentileMillis(99), 9.9 * 0.001);
		assertEquals(9.99, report.percentileMillis(99.9), 9.99 * 0.001);
		assertEquals(10.0, report.percentileMillis(100), 10.0 * 0.001);
		assertTrue(report.summary().contains("p50 5.00 p90 9.0"), report.summary());
	}

	@Test
	void percentileMillisOfNoAnswersShouldBeNaN() {
		OpenLoad.Report report = new OpenLoad.Report(100, 0, 10, 10, Map.of(), new Histogram(3));
		assertTrue(Double.isNaN(report.percentileMillis(99)));
	}

	@Test
	void runShouldPutTheSlowFifthOfTheAnswersAboveThe80thPercentile() throws IOException {
		OpenLoad load = new OpenLoad(this.server.getAddress(),
				(n) -> ("GET /slow?n=" + n + " HTTP/1.1\r\nHost: localhost\r\n\r\n")
					.getBytes(StandardCharsets.US_ASCII),
				OpenLoad.ResponseListener.NONE);
		OpenLoad.Report report = load.run(50, Duration.ofSeconds(2), Duration.ZERO, 16, Duration.ofSeconds(5));
		assertEquals(Map.of(200, 100L), report.statuses(), report.summary());
		assertTrue(report.percentileMillis(70) < 200, report.summary());
		assertTrue(report.percentileMillis(85) >= 200, report.summary());
		assertFalse(report.percentileMillis(100) > 2_000, report.summary());
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}

package dev.scaleswell.etl.report;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

class PushgatewayTests {

	private final AtomicReference<String> received = new AtomicReference<>();

	private final AtomicReference<String> receivedPath = new AtomicReference<>();

	private HttpServer server;

	private int status = 200;

	@BeforeEach
	void startServer() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/", (exchange) -> {
			this.receivedPath.set(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
			this.received.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
			exchange.sendResponseHeaders(this.status, -1);
			exchange.close();
		});
		this.server.start();
	}

	@AfterEach
	void stopServer() {
		this.server.stop(0);
	}

	@Test
	void pushShouldPostTheTextToTheJobGroup() throws Exception {
		new Pushgateway(baseUri("/")).push("etl_step_seconds{step=\"curate\"} 1.5\n");
		assertThat(this.receivedPath.get()).isEqualTo("POST /metrics/job/scaleswell_etl");
		assertThat(this.received.get()).isEqualTo("etl_step_seconds{step=\"curate\"} 1.5\n");
	}

	@Test
	void pushRefusedByTheGatewayShouldFailWithItsStatus() {
		this.status = 400;
		assertThatIOException().isThrownBy(() -> new Pushgateway(baseUri("")).push("bad"))
			.withMessageContaining("answered 400");
	}

	private URI baseUri(String suffix) {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort() + suffix);
	}

}

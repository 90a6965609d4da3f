package dev.scaleswell.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server standing in for predict-service's {@code POST /warriors/rating},
 * with a configurable delay.
 */
public final class FakePredictService {

	static final String ANSWER = """
			{"rating":0.61,"bestMatchup":{"hero":"Loki","probability":0.8},\
			"worstMatchup":{"hero":"Hulk","probability":0.3},"modelVersion":"20261201T180000Z-abc123"}""";

	private final HttpServer server;

	private volatile long delayMillis;

	private volatile String lastTraceparent = "";

	/**
	 * The {@code traceparent} header of the last rating request ("" when it had none).
	 */
	public String lastTraceparent() {
		return this.lastTraceparent;
	}

	public FakePredictService() {
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
		this.server.createContext("/warriors/rating", (exchange) -> {
			exchange.getRequestBody().readAllBytes();
			String traceparent = exchange.getRequestHeaders().getFirst("traceparent");
			this.lastTraceparent = (traceparent != null) ? traceparent : "";
			try {
				Thread.sleep(this.delayMillis);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			byte[] body = ANSWER.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		this.server.start();
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	public void delay(long millis) {
		this.delayMillis = millis;
	}

}

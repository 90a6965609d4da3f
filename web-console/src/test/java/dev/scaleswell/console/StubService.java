package dev.scaleswell.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for a service on a free port: answers every request with what the test sets,
 * and keeps each request it received.
 */
public final class StubService implements AutoCloseable {

	private final HttpServer server;

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private volatile Function<Received, Answer> answers = (request) -> new Answer(200, Map.of(), "");

	public StubService() {
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.createContext("/", (exchange) -> {
			Received request = new Received(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
					exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders(),
					new String(exchange.getRequestBody().readAllBytes()));
			this.received.add(request);
			Answer answer = this.answers.apply(request);
			answer.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
			byte[] body = answer.body().getBytes();
			exchange.sendResponseHeaders(answer.status(), (body.length == 0) ? -1 : body.length);
			if (body.length > 0) {
				exchange.getResponseBody().write(body);
			}
			exchange.close();
		});
		this.server.start();
	}

	public String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	public void answer(Function<Received, Answer> answers) {
		this.answers = answers;
	}

	public List<Received> received() {
		return this.received;
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	/** A request as the service saw it. */
	public record Received(String method, String path, String query, Map<String, List<String>> headers, String body) {

		public String header(String name) {
			List<String> values = this.headers.entrySet()
				.stream()
				.filter((entry) -> entry.getKey().equalsIgnoreCase(name))
				.map(Map.Entry::getValue)
				.findFirst()
				.orElse(List.of());
			return values.isEmpty() ? null : values.getFirst();
		}

	}

	/** What the service answers. */
	public record Answer(int status, Map<String, String> headers, String body) {
	}

}

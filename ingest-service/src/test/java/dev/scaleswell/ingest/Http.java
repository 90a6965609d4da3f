package dev.scaleswell.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP client for the integration tests.
 */
public record Http(String baseUrl, HttpClient client) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	public Http(String baseUrl) {
		this(baseUrl, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
	}

	public HttpResponse<String> post(String path, String json, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request.build());
	}

	public HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.baseUrl + path)).timeout(Duration.ofSeconds(30)).build());
	}

	public static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}

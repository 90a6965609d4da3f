package dev.scaleswell.testsupport.hostile;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An endpoint to attack: its method and path, the query parameters it reads, and, for
 * endpoints that take a JSON body, a valid body to mutate.
 *
 * @param method the method the endpoint answers
 * @param path the path, without query
 * @param parameters the query parameters it reads
 * @param validBody a valid JSON body, or {@code null} for endpoints without one
 */
public record Endpoint(String method, String path, List<String> parameters, @Nullable String validBody) {

	public static Endpoint get(String path, String... parameters) {
		return new Endpoint("GET", path, List.of(parameters), null);
	}

	public static Endpoint post(String path, String validBody) {
		return new Endpoint("POST", path, List.of(), validBody);
	}

	@Override
	public String toString() {
		return this.method + " " + this.path;
	}

}

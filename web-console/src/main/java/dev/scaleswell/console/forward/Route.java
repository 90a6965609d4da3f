package dev.scaleswell.console.forward;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.scaleswell.console.system.ConsoleProperties;

/**
 * A service the console forwards to, and the paths it forwards: the services' public API
 * (the paths the chart's Ingress routes) and their health, never the rest of the
 * actuator.
 */
enum Route {

	INGEST("ingest-service", "/submit-user-data", "/duel-results"),

	PREDICT("predict-service", "/duel", "/warriors", "/models", "/v2"),

	ANALYTICS("analytics-service", "/analytics");

	private static final String HEALTH = "/actuator/health";

	private final String serviceName;

	private final List<String> paths;

	Route(String serviceName, String... paths) {
		this.serviceName = serviceName;
		this.paths = List.of(paths);
	}

	/** The route named in {@code /api/<name>/...}. */
	static Optional<Route> named(String name) {
		for (Route route : values()) {
			if (route.name().toLowerCase(Locale.ROOT).equals(name)) {
				return Optional.of(route);
			}
		}
		return Optional.empty();
	}

	String serviceName() {
		return this.serviceName;
	}

	boolean forwards(String path) {
		return under(path, HEALTH) || this.paths.stream().anyMatch((prefix) -> under(path, prefix));
	}

	URI baseUrl(ConsoleProperties properties) {
		return switch (this) {
			case INGEST -> properties.ingestUrl();
			case PREDICT -> properties.predictUrl();
			case ANALYTICS -> properties.analyticsUrl();
		};
	}

	private static boolean under(String path, String prefix) {
		return path.equals(prefix) || path.startsWith(prefix + "/");
	}

}

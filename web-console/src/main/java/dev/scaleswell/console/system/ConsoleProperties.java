package dev.scaleswell.console.system;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where the services are and how long to wait for them.
 *
 * @param ingestUrl ingest-service's base URL, as the console reaches it
 * @param predictUrl predict-service's base URL
 * @param analyticsUrl analytics-service's base URL
 * @param swaggerUiLinks whether the health page links to each service's Swagger UI at its
 * base URL (only useful where the browser can reach those URLs, as with bin/stack)
 * @param grafanaUrl Grafana's address for the health page; empty: no link
 * @param connectTimeout connecting to a service
 * @param readTimeout waiting for a service's answer
 * @param maxBodySize largest request body forwarded
 */
@ConfigurationProperties("scaleswell.console")
public record ConsoleProperties(@DefaultValue("http://localhost:8081") URI ingestUrl,
		@DefaultValue("http://localhost:8082") URI predictUrl, @DefaultValue("http://localhost:8083") URI analyticsUrl,
		@DefaultValue("true") boolean swaggerUiLinks, @DefaultValue("") String grafanaUrl,
		@DefaultValue("2s") Duration connectTimeout, @DefaultValue("10s") Duration readTimeout,
		@DefaultValue("64KB") DataSize maxBodySize) {

}

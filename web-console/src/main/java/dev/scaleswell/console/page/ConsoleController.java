package dev.scaleswell.console.page;

import java.util.ArrayList;
import java.util.List;

import dev.scaleswell.console.system.ConsoleProperties;
import dev.scaleswell.model.hero.Hero;
import dev.scaleswell.model.hero.HeroCatalog;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the pages need besides the services' APIs: the hero catalog (the data file every
 * service reads, so the picker offers exactly the heroes the services accept) and the
 * links of the health page.
 */
@RestController
class ConsoleController {

	private final List<Hero> heroes;

	private final Links links;

	ConsoleController(HeroCatalog catalog, ConsoleProperties properties) {
		this.heroes = catalog.all();
		this.links = Links.of(properties);
	}

	@GetMapping(path = "/console/heroes", produces = MediaType.APPLICATION_JSON_VALUE)
	List<Hero> heroes() {
		return this.heroes;
	}

	@GetMapping(path = "/console/links", produces = MediaType.APPLICATION_JSON_VALUE)
	Links links() {
		return this.links;
	}

	/**
	 * The health page's links: each service's Swagger UI where the browser can reach it,
	 * and Grafana.
	 */
	record Links(List<ServiceLink> services, @Nullable String grafana) {

		static Links of(ConsoleProperties properties) {
			List<ServiceLink> services = new ArrayList<>();
			addService(services, "ingest", properties.ingestUrl().toString(), properties);
			addService(services, "predict", properties.predictUrl().toString(), properties);
			addService(services, "analytics", properties.analyticsUrl().toString(), properties);
			String grafana = properties.grafanaUrl().isBlank() ? null : properties.grafanaUrl();
			return new Links(services, grafana);
		}

		private static void addService(List<ServiceLink> services, String name, String url,
				ConsoleProperties properties) {
			String base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
			services.add(new ServiceLink(name, name + "-service",
					properties.swaggerUiLinks() ? base + "/swagger-ui.html" : null));
		}

	}

	/** A service: its route under {@code /api/}, its name, its Swagger UI if linked. */
	record ServiceLink(String route, String name, @Nullable String swaggerUi) {
	}

}

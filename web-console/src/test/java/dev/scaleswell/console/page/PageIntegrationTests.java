package dev.scaleswell.console.page;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages at their paths, what the console answers itself, and the health check that
 * {@code GET /} stays for clients that do not take HTML.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "scaleswell.console.grafana-url=https://grafana.example.com")
class PageIntegrationTests {

	static final List<String> PAGES = List.of("/submit", "/duel", "/analytics", "/models", "/health");

	static final Pattern CONTROL = Pattern.compile("<(input|select|textarea)\\b[^>]*\\bid=\"([^\"]+)\"");

	static final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void rootShouldServeTheSubmitPageToBrowsers() throws Exception {
		HttpResponse<String> page = get("/", "text/html,application/xhtml+xml,*/*;q=0.8");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<h1>Submit a warrior</h1>");
	}

	@Test
	void rootShouldStayTheHealthCheckForJsonClients() throws Exception {
		HttpResponse<String> health = get("/", "application/json");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"");
	}

	@Test
	void everyPageShouldLabelEveryControl() throws Exception {
		for (String path : PAGES) {
			HttpResponse<String> page = get(path, "text/html");
			assertThat(page.statusCode()).as(path).isEqualTo(200);
			Matcher control = CONTROL.matcher(page.body());
			while (control.find()) {
				assertThat(page.body()).as(path + " labels #" + control.group(2))
					.contains("<label for=\"" + control.group(2) + "\"");
			}
			assertThat(page.body()).as(path).contains("name=\"viewport\"");
		}
	}

	@Test
	void heroesShouldListTheCatalogWithStats() throws Exception {
		HttpResponse<String> heroes = get("/console/heroes", "application/json");
		assertThat(heroes.body()).contains("\"name\":\"Thor\"").contains("\"strength\":");
	}

	@Test
	void linksShouldNameEachServiceSwaggerUiAndGrafana() throws Exception {
		String links = get("/console/links", "application/json").body();
		assertThat(links).contains("\"swaggerUi\":\"http://localhost:8082/swagger-ui.html\"")
			.contains("\"grafana\":\"https://grafana.example.com\"");
	}

	@Test
	void chartLibraryShouldBeServedFromItsWebJar() throws Exception {
		HttpResponse<String> echarts = get("/webjars/echarts/dist/echarts.min.js", "*/*");
		assertThat(echarts.statusCode()).isEqualTo(200);
		assertThat(echarts.body()).contains("echarts");
	}

	private HttpResponse<String> get(String path, String accept) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Accept", accept)
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}

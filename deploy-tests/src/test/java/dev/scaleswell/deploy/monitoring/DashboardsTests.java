package dev.scaleswell.deploy.monitoring;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.scaleswell.deploy.ExternalTool;
import dev.scaleswell.deploy.RepositoryFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Grafana has no validator: the dashboards are checked structurally, and every PromQL
 * expression in them is parsed by promtool.
 */
class DashboardsTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static List<Path> files() {
		return RepositoryFiles.list("monitoring/dashboards", ".json");
	}

	static JsonNode read(Path file) {
		return JSON.readTree(RepositoryFiles.read(file));
	}

	/**
	 * Every panel expression, with Grafana's variables replaced by values PromQL accepts.
	 */
	static List<String> expressions() {
		List<String> expressions = new ArrayList<>();
		for (Path file : files()) {
			for (JsonNode panel : read(file).path("panels")) {
				for (JsonNode target : panel.path("targets")) {
					expressions.add(target.path("expr").asString());
				}
			}
		}
		return expressions.stream().map(DashboardsTests::substituteVariables).toList();
	}

	static String substituteVariables(String expression) {
		return expression.replace("$__rate_interval", "5m")
			.replace("$__interval", "1m")
			.replace("$__range", "1h")
			.replaceAll("\\$\\{?[a-z_]+}?", ".+");
	}

	@Test
	void theFourDashboardsExist() {
		assertThat(files()).extracting((file) -> file.getFileName().toString())
			.containsExactlyInAnyOrder("service-overview.json", "ingest-pipeline.json", "models.json", "etl.json");
	}

	@Test
	void dashboardsAreWellFormed() {
		Set<String> uids = new HashSet<>();
		for (Path file : files()) {
			JsonNode dashboard = read(file);
			String name = file.getFileName().toString();
			assertThat(uids.add(dashboard.path("uid").asString())).as("unique uid in %s", name).isTrue();
			assertThat(dashboard.path("uid").asString()).as(name).matches("[a-z0-9-]{1,40}");
			assertThat(dashboard.path("title").asString()).as(name).startsWith("Scales Well / ");
			assertThat(dashboard.path("templating").path("list").get(0).path("type").asString()).as(name)
				.isEqualTo("datasource");
			Set<Integer> ids = new HashSet<>();
			List<int[]> cells = new ArrayList<>();
			for (JsonNode panel : dashboard.path("panels")) {
				String title = name + " / " + panel.path("title").asString();
				assertThat(ids.add(panel.path("id").asInt())).as("unique id of %s", title).isTrue();
				assertThat(panel.path("title").asString()).as(title).isNotBlank();
				JsonNode grid = panel.path("gridPos");
				int x = grid.path("x").asInt();
				int y = grid.path("y").asInt();
				int w = grid.path("w").asInt();
				int h = grid.path("h").asInt();
				assertThat(w).as("width of %s", title).isPositive();
				assertThat(h).as("height of %s", title).isPositive();
				assertThat(x + w).as("right edge of %s", title).isLessThanOrEqualTo(24);
				for (int[] other : cells) {
					boolean overlaps = x < other[0] + other[2] && other[0] < x + w && y < other[1] + other[3]
							&& other[1] < y + h;
					assertThat(overlaps).as("%s overlaps another panel", title).isFalse();
				}
				cells.add(new int[] { x, y, w, h });
				if (!panel.path("type").asString().equals("row")) {
					assertThat(panel.path("targets").isEmpty()).as("%s has queries", title).isFalse();
					for (JsonNode target : panel.path("targets")) {
						assertThat(target.path("expr").asString()).as(title).isNotBlank();
						assertThat(target.path("refId").asString()).as(title).isNotBlank();
					}
				}
			}
			assertThat(ids).as("%s has panels", name).hasSizeGreaterThan(4);
		}
	}

	@Test
	void everyExpressionParses(@TempDir Path directory) {
		List<String> expressions = expressions();
		assertThat(expressions).hasSizeGreaterThan(20);
		ExternalTool.Result result = Promtool.checkExpressions(expressions, directory);
		assertThat(result.succeeded()).as(result.output()).isTrue();
		assertThat(result.output()).contains("SUCCESS: " + expressions.size() + " rules found");
	}

	@Test
	void aBrokenExpressionIsCaught(@TempDir Path directory) {
		ExternalTool.Result result = Promtool.checkExpressions(List.of("sum(rate(up[5m])"), directory);
		assertThat(result.succeeded()).isFalse();
	}

}

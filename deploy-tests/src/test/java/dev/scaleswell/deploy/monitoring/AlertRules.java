package dev.scaleswell.deploy.monitoring;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.scaleswell.deploy.RepositoryFiles;
import org.yaml.snakeyaml.Yaml;

/** The alerting rules of {@code monitoring/rules}, read as plain data. */
final class AlertRules {

	private AlertRules() {
	}

	static List<Path> files() {
		return RepositoryFiles.list("monitoring/rules", ".yml");
	}

	static List<Path> testFiles() {
		return RepositoryFiles.list("monitoring/tests", ".test.yml");
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> all() {
		List<Map<String, Object>> rules = new ArrayList<>();
		for (Path file : files()) {
			Map<String, Object> content = new Yaml().load(RepositoryFiles.read(file));
			for (Map<String, Object> group : (List<Map<String, Object>>) content.get("groups")) {
				rules.addAll((List<Map<String, Object>>) group.get("rules"));
			}
		}
		return rules;
	}

	static List<String> expressions() {
		return all().stream().map((rule) -> String.valueOf(rule.get("expr"))).toList();
	}

}

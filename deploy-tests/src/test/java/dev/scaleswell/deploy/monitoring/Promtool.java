package dev.scaleswell.deploy.monitoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.scaleswell.deploy.ExternalTool;
import dev.scaleswell.deploy.RepositoryFiles;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/** Prometheus' promtool: rule checks, rule unit tests, PromQL syntax. */
final class Promtool {

	private static final ExternalTool TOOL = new ExternalTool("promtool",
			"apt-get install --no-install-recommends prometheus");

	private Promtool() {
	}

	static ExternalTool.Result checkRules(List<Path> ruleFiles) {
		List<String> arguments = new ArrayList<>(List.of("check", "rules"));
		ruleFiles.forEach((file) -> arguments.add(file.toString()));
		return TOOL.run(RepositoryFiles.root(), arguments);
	}

	static ExternalTool.Result testRules(List<Path> testFiles) {
		List<String> arguments = new ArrayList<>(List.of("test", "rules"));
		testFiles.forEach((file) -> arguments.add(file.toString()));
		return TOOL.run(RepositoryFiles.root(), arguments);
	}

	/**
	 * Parses PromQL expressions by wrapping each into a recording rule of a temporary
	 * rules file and running {@code promtool check rules} on it.
	 */
	static ExternalTool.Result checkExpressions(List<String> expressions, Path directory) {
		TOOL.assumeAvailable();
		List<Map<String, Object>> rules = new ArrayList<>();
		for (int i = 0; i < expressions.size(); i++) {
			rules.add(Map.of("record", "expression:" + i, "expr", expressions.get(i)));
		}
		DumperOptions options = new DumperOptions();
		options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
		String yaml = new Yaml(options).dump(Map.of("groups", List.of(Map.of("name", "expressions", "rules", rules))));
		try {
			Path file = Files.writeString(directory.resolve("expressions.rules.yml"), yaml);
			return checkRules(List.of(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

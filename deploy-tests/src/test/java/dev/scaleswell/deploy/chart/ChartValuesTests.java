package dev.scaleswell.deploy.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.scaleswell.deploy.RepositoryFiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * values.yaml is documented key by key, and values.schema.json (with
 * {@code additionalProperties: false}) rejects what the chart would otherwise ignore.
 */
class ChartValuesTests {

	@Test
	void everyValuesKeyIsCommented() {
		List<String> lines = RepositoryFiles.read(ScalesWellChart.DIRECTORY.resolve("values.yaml")).lines().toList();
		assertThat(undocumentedKeys(lines)).isEmpty();
	}

	@Test
	void undocumentedKeysAreFound() {
		List<String> lines = List.of("# -- documented", "a: 1", "section:", "  # -- documented", "  b: 2", "  c: 3",
				"# -- documented block", "block:", "  d: 4");
		assertThat(undocumentedKeys(lines)).containsExactly("section.c");
	}

	@Test
	void misspeltKeyIsRejected() {
		assertThatIllegalStateException()
			.isThrownBy(() -> ScalesWellChart.render(null, Map.of("services.ingest.replicas", "3")))
			.withMessageContaining("replicas");
	}

	@Test
	void misspeltNestedKeyIsRejected() {
		assertThatIllegalStateException()
			.isThrownBy(() -> ScalesWellChart.render(null, Map.of("services.predict.autoscaling.maxReplica", "9")))
			.withMessageContaining("maxReplica");
	}

	@Test
	void rootContainersAreRejected() {
		assertThatIllegalStateException()
			.isThrownBy(() -> ScalesWellChart.render(null, Map.of("podSecurityContext.runAsNonRoot", "false")))
			.withMessageContaining("runAsNonRoot");
	}

	@Test
	void gracePeriodShorterThanTheDrainIsRejected() {
		assertThatIllegalStateException()
			.isThrownBy(
					() -> ScalesWellChart.render(null, Map.of("services.ingest.terminationGracePeriodSeconds", "25")))
			.withMessageContaining("terminationGracePeriodSeconds must exceed");
	}

	@Test
	void malformedRoleArnIsRejected() {
		assertThatIllegalStateException()
			.isThrownBy(() -> ScalesWellChart.render(null,
					Map.of("services.ingest.serviceAccount.roleArn", "scales-well-ingest")))
			.withMessageContaining("roleArn");
	}

	@Test
	void schemaClosesEveryObjectWithProperties() {
		JsonNode schema = JsonMapper.builder()
			.build()
			.readTree(RepositoryFiles.read(ScalesWellChart.DIRECTORY.resolve("values.schema.json")));
		List<String> open = new ArrayList<>();
		collectOpenObjects(schema, "$", open);
		assertThat(open).isEmpty();
		assertThat(schema.path("additionalProperties").asBoolean(true)).isFalse();
	}

	private static void collectOpenObjects(JsonNode node, String path, List<String> open) {
		if (node.has("properties") && !node.path("additionalProperties").isBoolean()) {
			open.add(path);
		}
		for (Map.Entry<String, JsonNode> child : node.properties()) {
			if (child.getValue().isObject()) {
				collectOpenObjects(child.getValue(), path + "." + child.getKey(), open);
			}
		}
	}

	/**
	 * Keys of a values file that have no comment: a key is documented by a comment line
	 * right above it or by a documented ancestor; an uncommented section is fine when its
	 * keys are documented.
	 */
	static List<String> undocumentedKeys(List<String> lines) {
		List<String> undocumented = new ArrayList<>();
		List<Key> keys = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			String trimmed = line.strip();
			if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("- ")
					|| !trimmed.matches("[A-Za-z0-9_.\\-\"/]+:.*")) {
				continue;
			}
			int indent = line.length() - line.stripLeading().length();
			boolean commented = i > 0 && lines.get(i - 1).strip().startsWith("#");
			keys.add(new Key(trimmed.substring(0, trimmed.indexOf(':')), indent, commented));
		}
		for (int i = 0; i < keys.size(); i++) {
			Key key = keys.get(i);
			boolean hasChildren = i + 1 < keys.size() && keys.get(i + 1).indent() > key.indent();
			if (key.commented()) {
				// a documented key covers its whole block
				while (i + 1 < keys.size() && keys.get(i + 1).indent() > key.indent()) {
					i++;
				}
			}
			else if (!hasChildren) {
				undocumented.add(path(keys, i));
			}
		}
		return undocumented;
	}

	private static String path(List<Key> keys, int index) {
		Key key = keys.get(index);
		StringBuilder path = new StringBuilder(key.name());
		int indent = key.indent();
		for (int i = index - 1; i >= 0 && indent > 0; i--) {
			if (keys.get(i).indent() < indent) {
				path.insert(0, keys.get(i).name() + ".");
				indent = keys.get(i).indent();
			}
		}
		return path.toString();
	}

	private record Key(String name, int indent, boolean commented) {
	}

}

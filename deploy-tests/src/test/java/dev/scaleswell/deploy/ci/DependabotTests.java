package dev.scaleswell.deploy.ci;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.scaleswell.deploy.RepositoryFiles;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dependabot proposes updates of everything the repository pins: the Maven build (Spring
 * Boot parent, BOMs, plugins), the workflows' actions and every image's base.
 */
class DependabotTests {

	private final List<Map<String, Object>> updates = updates();

	@Test
	void mavenBuildIsUpdatedFromTheRootPom() {
		assertThat(directoriesOf("maven")).containsExactly("/");
	}

	@Test
	void workflowActionsAreUpdated() {
		assertThat(directoriesOf("github-actions")).containsExactly("/");
	}

	/**
	 * Every Dockerfile of the repository (docker/'s for the services, etl-spark's for the
	 * Spark curate), found where they live: a module's directory or docker/.
	 */
	@Test
	void everyDockerfileBaseImageIsUpdated() throws IOException {
		List<String> dockerfiles;
		try (Stream<Path> files = Files.walk(RepositoryFiles.root(), 2)) {
			dockerfiles = files.filter((file) -> file.getFileName().toString().equals("Dockerfile"))
				.map((file) -> "/" + RepositoryFiles.root().relativize(file.getParent()).toString().replace('\\', '/'))
				.toList();
		}
		assertThat(dockerfiles).contains("/docker", "/etl-spark");
		assertThat(directoriesOf("docker")).containsExactlyInAnyOrderElementsOf(dockerfiles);
	}

	@Test
	void everyUpdateHasASchedule() {
		assertThat(this.updates).isNotEmpty().allSatisfy((update) -> assertThat(update).containsKey("schedule"));
	}

	@SuppressWarnings("unchecked")
	private List<String> directoriesOf(String ecosystem) {
		List<String> directories = new ArrayList<>();
		this.updates.stream()
			.filter((update) -> ecosystem.equals(update.get("package-ecosystem")))
			.forEach((update) -> {
				if (update.get("directory") != null) {
					directories.add((String) update.get("directory"));
				}
				directories.addAll((List<String>) update.getOrDefault("directories", List.of()));
			});
		return directories;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> updates() {
		Path file = RepositoryFiles.resolve(".github/dependabot.yml");
		assertThat(file).exists();
		Map<String, Object> configuration = new Yaml().load(RepositoryFiles.read(file));
		assertThat(configuration).containsEntry("version", 2);
		return (List<Map<String, Object>>) configuration.get("updates");
	}

}

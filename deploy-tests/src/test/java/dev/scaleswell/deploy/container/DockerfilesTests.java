package dev.scaleswell.deploy.container;

import java.nio.file.Files;
import java.util.List;

import dev.scaleswell.deploy.RepositoryFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each deployable's Dockerfile: multi-stage, layered extraction of the Boot jar, a Java
 * 25 JRE, a numeric non-root user, an exec-form entrypoint with container-aware memory
 * and native access.
 */
class DockerfilesTests {

	static final List<String> MODULES = Dockerfile.MODULES;

	@ParameterizedTest
	@FieldSource("MODULES")
	void buildsInTwoStagesOnAJava25Jre(String module) {
		Dockerfile dockerfile = Dockerfile.of(module);
		assertThat(dockerfile.all("FROM")).hasSizeGreaterThanOrEqualTo(2)
			.allSatisfy((from) -> assertThat(from).startsWith("eclipse-temurin:25-jre"));
		assertThat(dockerfile.all("COPY")).anySatisfy((copy) -> assertThat(copy).startsWith("--from="));
	}

	@ParameterizedTest
	@FieldSource("MODULES")
	void extractsTheBootJarIntoLayers(String module) {
		Dockerfile dockerfile = Dockerfile.of(module);
		assertThat(dockerfile.all("COPY")).contains(module + "/target/" + module + "*.jar app.jar");
		assertThat(dockerfile.all("RUN"))
			.anySatisfy((run) -> assertThat(run).contains("-Djarmode=tools").contains("extract --layers --launcher"));
		List<String> layers = dockerfile.all("COPY")
			.stream()
			.filter((copy) -> copy.startsWith("--from="))
			.map((copy) -> copy.replaceAll(".*/extracted/([a-z-]+)/.*", "$1"))
			.toList();
		assertThat(layers).containsExactly("dependencies", "spring-boot-loader", "snapshot-dependencies",
				"application");
	}

	@ParameterizedTest
	@FieldSource("MODULES")
	void runsAsANumericNonRootUser(String module) {
		String user = Dockerfile.of(module).last("USER");
		assertThat(user).matches("[0-9]+(:[0-9]+)?");
		assertThat(Integer.parseInt(user.split(":")[0])).isPositive();
	}

	@ParameterizedTest
	@FieldSource("MODULES")
	void startsTheLauncherInExecFormWithContainerAwareMemory(String module) {
		List<String> entrypoint = Dockerfile.of(module).entrypoint();
		assertThat(entrypoint.get(0)).isEqualTo("java");
		assertThat(entrypoint).anySatisfy((flag) -> assertThat(flag).matches("-XX:MaxRAMPercentage=[0-9.]+"))
			.contains("--enable-native-access=ALL-UNNAMED")
			.endsWith("org.springframework.boot.loader.launch.JarLauncher");
		assertThat(entrypoint).noneSatisfy((flag) -> assertThat(flag).startsWith("-Xmx"));
	}

	@ParameterizedTest
	@FieldSource("MODULES")
	void sendsOnlyTheJarAsBuildContext(String module) {
		assertThat(RepositoryFiles.resolve("docker/" + module + "/Dockerfile.dockerignore"))
			.satisfies((ignore) -> assertThat(Files.isRegularFile(ignore)).isTrue())
			.satisfies((ignore) -> assertThat(RepositoryFiles.read(ignore)).contains("*\n")
				.contains("!" + module + "/target/" + module + "*.jar"));
	}

	@ParameterizedTest
	@FieldSource("MODULES")
	void exposesThePortTheServiceListensOn(String module) {
		Dockerfile dockerfile = Dockerfile.of(module);
		if (module.equals("etl-job")) {
			assertThat(dockerfile.all("EXPOSE")).isEmpty();
			return;
		}
		String applicationYaml = RepositoryFiles
			.read(RepositoryFiles.resolve(module + "/src/main/resources/application.yml"));
		assertThat(applicationYaml).contains("port: ${PORT:" + dockerfile.last("EXPOSE") + "}");
	}

}

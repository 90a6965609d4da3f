package dev.scaleswell.deploy.container;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.scaleswell.deploy.RepositoryFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every deployable's image comes from the one {@code docker/Dockerfile}, as the release
 * workflow builds it: multi-stage, layered extraction of the Boot jar, a Java 25 JRE, a
 * numeric non-root user, an exec-form entrypoint with container-aware memory and native
 * access.
 */
class DockerfilesTests {

	static final List<String> MODULES = Dockerfile.MODULES;

	@Test
	void dockerDirectoryShouldHoldOneDockerfileAndItsIgnoreFile() throws IOException {
		try (Stream<Path> files = Files.walk(RepositoryFiles.resolve("docker"))) {
			assertThat(files.filter(Files::isRegularFile).map((file) -> RepositoryFiles.root().relativize(file)))
				.map(Path::toString)
				.containsExactlyInAnyOrder(Dockerfile.PATH, Dockerfile.PATH + ".dockerignore");
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void releaseShouldBuildEveryImageFromTheOneDockerfileWithItsModulesStage() {
		Map<String, Object> release = new Yaml()
			.load(RepositoryFiles.read(RepositoryFiles.resolve(".github/workflows/release.yml")));
		Map<String, Object> images = ((Map<String, Map<String, Object>>) release.get("jobs")).get("images");
		Map<String, Object> matrix = (Map<String, Object>) ((Map<String, Object>) images.get("strategy")).get("matrix");
		assertThat((List<String>) matrix.get("module")).containsExactlyInAnyOrderElementsOf(MODULES);
		List<Map<String, Object>> builds = ((List<Map<String, Object>>) images.get("steps")).stream()
			.filter((step) -> String.valueOf(step.get("uses")).startsWith("docker/build-push-action@"))
			.toList();
		assertThat(builds).hasSize(1);
		assertThat((Map<String, Object>) builds.get(0).get("with")).containsEntry("context", ".")
			.containsEntry("file", Dockerfile.PATH)
			.containsEntry("target", "${{ matrix.module }}")
			.containsEntry("build-args", "MODULE=${{ matrix.module }}");
	}

	@ParameterizedTest
	@FieldSource("MODULES")
	void buildsInTwoStagesOnAJava25Jre(String module) {
		Dockerfile dockerfile = Dockerfile.of(module);
		List<String> images = Dockerfile.stages()
			.stream()
			.map(Dockerfile.Stage::base)
			.filter((base) -> Dockerfile.stages().stream().noneMatch((stage) -> stage.name().equals(base)))
			.toList();
		assertThat(images).isNotEmpty().allSatisfy((image) -> assertThat(image).isEqualTo("eclipse-temurin:25-jre"));
		assertThat(dockerfile.all("FROM")).hasSizeGreaterThanOrEqualTo(2);
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

	@Test
	void theJarsStageShouldDeclareTheModuleBuildArgBeforeUsingIt() {
		List<Dockerfile.Stage> usingModule = Dockerfile.stages()
			.stream()
			.filter((stage) -> stage.instructions().stream().anyMatch((i) -> i.arguments().contains("${MODULE}")))
			.toList();
		assertThat(usingModule).isNotEmpty().allSatisfy((stage) -> {
			List<String> keywords = stage.instructions().stream().map(Dockerfile.Instruction::keyword).toList();
			int declared = stage.instructions().indexOf(new Dockerfile.Instruction("ARG", "MODULE"));
			int firstUse = keywords.indexOf("COPY");
			assertThat(declared).as(stage.name() + ": ARG MODULE (without a default)").isNotNegative();
			assertThat(declared).as(stage.name() + ": ARG MODULE before its COPY").isLessThan(firstUse);
		});
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
			.contains("--enable-native-access=ALL-UNNAMED", "-XX:+ExitOnOutOfMemoryError")
			.endsWith("org.springframework.boot.loader.launch.JarLauncher");
		assertThat(entrypoint).noneSatisfy((flag) -> assertThat(flag).startsWith("-Xmx"));
	}

	@Test
	void etlJobShouldRunTheWholeEtlWhenGivenNoSubcommand() {
		assertThat(Dockerfile.of("etl-job").command()).containsExactly("run");
		MODULES.stream()
			.filter((module) -> !module.equals("etl-job"))
			.forEach((module) -> assertThat(Dockerfile.of(module).all("CMD")).as(module).isEmpty());
	}

	@ParameterizedTest
	@FieldSource("MODULES")
	void sendsOnlyTheJarsAsBuildContext(String module) {
		assertThat(RepositoryFiles.read(RepositoryFiles.resolve(Dockerfile.PATH + ".dockerignore"))).contains("*\n")
			.contains("!" + module + "/target/" + module + "*.jar\n");
	}

	@ParameterizedTest
	@FieldSource("MODULES")
	void exposesThePortTheServiceListensOn(String module) {
		Dockerfile dockerfile = Dockerfile.of(module);
		if (module.equals("etl-job")) {
			assertThat(dockerfile.all("EXPOSE")).isEmpty();
			return;
		}
		assertThat(dockerfile.all("EXPOSE")).hasSize(1);
		String applicationYaml = RepositoryFiles
			.read(RepositoryFiles.resolve(module + "/src/main/resources/application.yml"));
		assertThat(applicationYaml).contains("port: ${PORT:" + dockerfile.last("EXPOSE") + "}");
	}

}

package dev.scaleswell.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code docker/Dockerfile} does to each Boot jar, done here without Docker: its
 * extraction command (read from the Dockerfile) must succeed, and the layers copied as
 * the runtime stage copies them must start under its entrypoint. The extraction runs
 * inside the jar, so a jar that lacks what it needs breaks only the image build.
 */
class ImageLayoutTests {

	private static final Path DOCKERFILE = Path.of("").toAbsolutePath().getParent().resolve("docker/Dockerfile");

	private static final Pattern EXTRACT = Pattern.compile("^RUN (java -Djarmode=tools -jar app\\.jar extract .*)$",
			Pattern.MULTILINE);

	private static final Pattern LAYER = Pattern.compile("^COPY --from=extract /build/extracted/([a-z-]+)/ \\./$",
			Pattern.MULTILINE);

	private static final Pattern ENTRYPOINT = Pattern.compile("^ENTRYPOINT \\[(.*)]$", Pattern.MULTILINE);

	@TempDir
	Path work;

	@ParameterizedTest
	@ValueSource(strings = { "ingest-service", "predict-service", "analytics-service", "web-console", "etl-job" })
	void theDockerfilesExtractionShouldSucceedOnEveryImagesJar(String module) throws Exception {
		Path app = extract(module);
		assertThat(app.resolve("BOOT-INF/classes")).isDirectory();
		assertThat(app.resolve("org/springframework/boot/loader/launch/JarLauncher.class")).isRegularFile();
	}

	@Test
	void theEtlJobImageShouldStartUnderTheDockerfilesEntrypoint() throws Exception {
		Path app = extract("etl-job");
		List<String> command = new ArrayList<>(entrypoint());
		command.set(0, ProcessHandle.current().info().command().orElseThrow());
		command.add("--help");
		Result result = run(app, command);
		assertThat(result.exitCode()).as(result.output()).isZero();
		assertThat(result.output()).contains("Usage: etl-job").contains("curate");
	}

	/** The runtime stage's {@code /app}: the extracted layers, copied in its order. */
	private Path extract(String module) throws Exception {
		String dockerfile = Files.readString(DOCKERFILE);
		Path build = Files.createDirectories(this.work.resolve("build"));
		Files.copy(LocalSystem.jar(module), build.resolve("app.jar"));
		Matcher extract = EXTRACT.matcher(dockerfile);
		assertThat(extract.find()).as("the Dockerfile's extraction").isTrue();
		List<String> command = new ArrayList<>(Arrays.asList(extract.group(1).split(" ")));
		command.set(0, ProcessHandle.current().info().command().orElseThrow());
		Result extraction = run(build, command);
		assertThat(extraction.exitCode()).as(extraction.output()).isZero();
		Path app = Files.createDirectories(this.work.resolve("app"));
		Matcher layer = LAYER.matcher(dockerfile);
		while (layer.find()) {
			copyTree(build.resolve("extracted").resolve(layer.group(1)), app);
		}
		return app;
	}

	private static List<String> entrypoint() throws IOException {
		Matcher entrypoint = ENTRYPOINT.matcher(Files.readString(DOCKERFILE));
		assertThat(entrypoint.find()).as("the Dockerfile's entrypoint").isTrue();
		return Arrays.stream(entrypoint.group(1).split(","))
			.map((argument) -> argument.strip().replaceAll("^\"|\"$", ""))
			// the image's /tmp is the chart's volume; here the JVM's own
			.filter((argument) -> !argument.startsWith("-Djava.io.tmpdir="))
			.toList();
	}

	private Result run(Path directory, List<String> command) throws Exception {
		Path output = Files.createTempFile(this.work, "output-", ".txt");
		Process process = new ProcessBuilder(command).directory(directory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(output.toFile())
			.start();
		try {
			if (!process.waitFor(2, TimeUnit.MINUTES)) {
				throw new AssertionError("did not finish in 2 minutes: " + command);
			}
		}
		finally {
			process.destroyForcibly();
		}
		return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
	}

	private static void copyTree(Path from, Path to) throws IOException {
		if (!Files.isDirectory(from)) {
			return;
		}
		try (var paths = Files.walk(from)) {
			for (Path each : paths.toList()) {
				Path target = to.resolve(from.relativize(each).toString());
				if (Files.isDirectory(each)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(each, target);
				}
			}
		}
	}

	private record Result(int exitCode, String output) {
	}

}

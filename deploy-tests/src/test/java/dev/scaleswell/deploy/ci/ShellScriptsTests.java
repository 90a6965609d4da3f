package dev.scaleswell.deploy.ci;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import dev.scaleswell.deploy.ExternalTool;
import dev.scaleswell.deploy.RepositoryFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every shell script of the repository ({@code bin/}, {@code .ci/run}) passes shellcheck.
 */
class ShellScriptsTests {

	private static final ExternalTool SHELLCHECK = new ExternalTool("shellcheck",
			"apt-get install --no-install-recommends shellcheck");

	@Test
	void everyScriptPassesShellcheck() throws IOException {
		List<Path> scripts = scripts();
		assertThat(scripts).contains(RepositoryFiles.resolve(".ci/run"), RepositoryFiles.resolve("bin/lib/java.sh"));
		List<String> arguments = new ArrayList<>(List.of("--external-sources", "--severity=warning"));
		scripts.forEach((script) -> arguments.add(RepositoryFiles.root().relativize(script).toString()));
		ExternalTool.Result result = SHELLCHECK.run(RepositoryFiles.root(), arguments);
		assertThat(result.succeeded()).as(result.output()).isTrue();
	}

	@Test
	void shellcheckFindsACdWhoseFailureIsIgnored(@TempDir Path directory) throws IOException {
		Path script = Files.writeString(directory.resolve("bad.sh"), "#!/usr/bin/env bash\ncd \"$1\"\nrm -rf ./*\n");
		ExternalTool.Result result = SHELLCHECK.run(directory, List.of("--severity=warning", script.toString()));
		assertThat(result.succeeded()).isFalse();
		assertThat(result.output()).contains("SC2164");
	}

	/**
	 * Files under bin/ and .ci/ that are shell scripts by shebang or shellcheck
	 * directive.
	 */
	static List<Path> scripts() throws IOException {
		List<Path> scripts = new ArrayList<>();
		for (String directory : List.of("bin", ".ci")) {
			try (Stream<Path> files = Files.walk(RepositoryFiles.resolve(directory))) {
				files.filter(Files::isRegularFile)
					.filter((file) -> !file.toString().contains("node_modules"))
					.filter(ShellScriptsTests::isShellScript)
					.sorted()
					.forEach(scripts::add);
			}
		}
		return scripts;
	}

	private static boolean isShellScript(Path file) {
		try {
			String firstLine = Files.readAllLines(file).stream().findFirst().orElse("");
			return firstLine.matches("#!.*\\b(ba)?sh\\b.*") || firstLine.startsWith("# shellcheck shell=");
		}
		catch (IOException | java.io.UncheckedIOException ex) {
			return false;
		}
	}

}

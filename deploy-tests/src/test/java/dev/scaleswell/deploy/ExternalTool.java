package dev.scaleswell.deploy;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * A command-line tool the checks run (promtool, shellcheck, node), found on the
 * {@code PATH}. A test that needs a missing tool is skipped with the install command in
 * its reason; {@code .ci/run} installs them.
 */
public final class ExternalTool {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private final String name;

	private final String installHint;

	private final @Nullable Path executable;

	public ExternalTool(String name, String installHint) {
		this.name = name;
		this.installHint = installHint;
		this.executable = findOnPath(name);
	}

	public boolean isAvailable() {
		return this.executable != null;
	}

	/** Skips the calling test, with a clear reason, when the tool is not installed. */
	public void assumeAvailable() {
		assumeThat(this.executable).as("%s is not installed (%s); .ci/run installs it", this.name, this.installHint)
			.isNotNull();
	}

	/** Runs the tool with {@code arguments} in {@code directory}. */
	public Result run(Path directory, List<String> arguments) {
		assumeAvailable();
		List<String> command = new ArrayList<>();
		command.add(String.valueOf(this.executable));
		command.addAll(arguments);
		try {
			Process process = new ProcessBuilder(command).directory(directory.toFile())
				.redirectErrorStream(true)
				.start();
			process.getOutputStream().close();
			byte[] output = process.getInputStream().readAllBytes();
			if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException(this.name + " did not finish within " + TIMEOUT);
			}
			return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static @Nullable Path findOnPath(String name) {
		String path = System.getenv("PATH");
		if (path == null) {
			return null;
		}
		for (String dir : path.split(File.pathSeparator)) {
			Path candidate = Path.of(dir, name);
			if (Files.isExecutable(candidate)) {
				return candidate;
			}
		}
		return null;
	}

	/** Exit code and combined output of one run. */
	public record Result(int exitCode, String output) {

		public boolean succeeded() {
			return this.exitCode == 0;
		}

	}

}

package dev.scaleswell.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One of the system's jars started as its own JVM, its output in a log file. Stopping
 * sends SIGTERM (the services drain and shut down gracefully) and only then, after a
 * deadline, kills it.
 */
final class JarProcess implements AutoCloseable {

	private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

	private final String name;

	private final Process process;

	private final Path log;

	private JarProcess(String name, Process process, Path log) {
		this.name = name;
		this.process = process;
		this.log = log;
	}

	static JarProcess start(String name, Path jar, List<String> args, Map<String, String> env, Path logDir)
			throws IOException {
		List<String> command = new ArrayList<>(
				List.of(JAVA.toString(), "-Xmx512m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString()));
		command.addAll(args);
		Path log = logDir.resolve(name + ".log");
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
		builder.environment().putAll(env);
		return new JarProcess(name, builder.start(), log);
	}

	/** Runs a jar to completion and returns its exit code. */
	static int run(String name, Path jar, List<String> args, Map<String, String> env, Path logDir, Duration timeout)
			throws IOException, InterruptedException {
		try (JarProcess process = start(name, jar, args, env, logDir)) {
			if (!process.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new IllegalStateException(name + " did not finish within " + timeout + "\n" + process.tail());
			}
			return process.process.exitValue();
		}
	}

	boolean isAlive() {
		return this.process.isAlive();
	}

	/** SIGKILL, and waits for the process to be gone. */
	void kill() throws InterruptedException {
		this.process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
	}

	/** SIGTERM, then waits; returns the exit code, or -1 if it had to be killed. */
	int stop(Duration grace) throws InterruptedException {
		this.process.destroy();
		if (this.process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
			return this.process.exitValue();
		}
		this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		return -1;
	}

	String tail() {
		try {
			List<String> lines = Files.readAllLines(this.log);
			return this.name + " log (last lines):\n"
					+ String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
		}
		catch (IOException ex) {
			return this.name + " log unreadable: " + ex.getMessage();
		}
	}

	String name() {
		return this.name;
	}

	@Override
	public void close() throws InterruptedException {
		if (this.process.isAlive()) {
			stop(Duration.ofSeconds(30));
		}
	}

}

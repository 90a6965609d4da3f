package dev.scaleswell.deploy.metrics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A service started the way its container starts: the Boot jar extracted into layers as
 * the Dockerfile does, the layers merged as the image's {@code /app}, then the
 * Dockerfile's ENTRYPOINT run with the chart's environment. No Docker engine needed.
 */
final class ServiceProcess {

	private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(240);

	private static final List<String> LAYERS = List.of("dependencies", "spring-boot-loader", "snapshot-dependencies",
			"application");

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final String module;

	private final Process process;

	private final int port;

	private final Path log;

	private ServiceProcess(String module, Process process, int port, Path log) {
		this.module = module;
		this.process = process;
		this.port = port;
		this.log = log;
	}

	/**
	 * Extracts {@code jar} into {@code workDirectory} and starts {@code entrypoint} (the
	 * Dockerfile's, {@code java} first) there with {@code environment} and
	 * {@code arguments}.
	 */
	static ServiceProcess start(String module, Path jar, List<String> entrypoint, Map<String, String> environment,
			List<String> arguments, Path workDirectory) throws IOException, InterruptedException {
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		Path extracted = workDirectory.resolve("extracted");
		run(List.of(java.toString(), "-Djarmode=tools", "-jar", jar.toString(), "extract", "--layers", "--launcher",
				"--destination", extracted.toString()), workDirectory);
		Path app = workDirectory.resolve("app");
		for (String layer : LAYERS) {
			copyTree(extracted.resolve(layer), app);
		}
		int port = freePort();
		List<String> command = new ArrayList<>(entrypoint);
		command.set(0, java.toString());
		command.add("--server.port=" + port);
		command.add("--server.address=127.0.0.1");
		command.addAll(arguments);
		Path log = workDirectory.resolve(module + ".log");
		ProcessBuilder builder = new ProcessBuilder(command).directory(app.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		builder.environment().putAll(environment);
		return new ServiceProcess(module, builder.start(), port, log);
	}

	int port() {
		return this.port;
	}

	URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	/** Waits until {@code path} answers 200. */
	void awaitOk(String path) throws InterruptedException {
		Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
		while (Instant.now().isBefore(deadline)) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException(
						this.module + " exited with " + this.process.exitValue() + ":\n" + logTail());
			}
			try {
				if (get(path).statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException(this.module + " not ready within " + STARTUP_TIMEOUT + ":\n" + logTail());
	}

	HttpResponse<String> get(String path) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10)).GET().build();
		return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
	}

	/** Every line the service has written so far (standard output and error). */
	List<String> logLines() throws IOException {
		return Files.readAllLines(this.log);
	}

	String logTail() {
		try {
			List<String> lines = Files.readAllLines(this.log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
		}
		catch (IOException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}

	/**
	 * Stops the service as Kubernetes does: SIGTERM, then a kill after a grace period.
	 */
	void stop() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
			this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		}
	}

	private static void run(List<String> command, Path directory) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
		}
	}

	private static void copyTree(Path source, Path target) throws IOException {
		if (!Files.isDirectory(source)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(source)) {
			for (Path path : paths.toList()) {
				Path destination = target.resolve(source.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(destination);
				}
				else {
					Files.copy(path, destination, StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}

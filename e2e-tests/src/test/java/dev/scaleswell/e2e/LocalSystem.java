package dev.scaleswell.e2e;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.awaitility.core.ConditionTimeoutException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The whole system as processes of its real jars, for tests: a filesystem-backed S3Proxy
 * on a free port, the ETL run to completion, and the services started against them. Each
 * test class gets its own working directory under {@code target/}, with every log, kept
 * after the run to read on failure. Stopping stops exactly the processes it started.
 */
final class LocalSystem implements AutoCloseable {

	static final String BUCKET = "scale-etl-bucket-1";

	static final List<String> SERVICES = List.of("predict", "ingest", "analytics");

	/**
	 * Service settings that make the tests see new models, data and online figures within
	 * seconds.
	 */
	static final List<String> FAST_REFRESH = List.of("--scaleswell.analytics.poll-interval=1s",
			"--scaleswell.predict.model.poll-interval=1s", "--scaleswell.predict.directory.poll-interval=1s",
			"--scaleswell.predict.online.poll-interval=1s");

	/**
	 * Ingest's time to store a batch, retries included: at the default 2 s a test machine
	 * loaded enough to stall S3Proxy that long answers 503 to writes the tests expect
	 * acknowledged; these tests judge durability, not latency.
	 */
	static final String INGEST_WRITE_DEADLINE = "--scaleswell.ingest.writer.flush-deadline=10s";

	/** ETL options that keep each training run to seconds. */
	private static final List<String> SMALL_TRAINING = List.of("--synthetic-duels=4000", "--trees=20");

	private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

	/**
	 * Long enough for a write's whole {@link #INGEST_WRITE_DEADLINE} on a loaded machine;
	 * a request left hanging still fails.
	 */
	private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final Path work;

	private final Map<String, Integer> ports = new LinkedHashMap<>();

	private final Map<String, JarProcess> running = new LinkedHashMap<>();

	private final Map<String, List<String>> serviceArgs = new LinkedHashMap<>();

	private final Map<String, String> env;

	/** Skips the calling test class unless every jar is built; starts nothing yet. */
	LocalSystem(String name) throws IOException {
		for (String module : List.of("local-s3", "etl-job", "predict-service", "ingest-service", "analytics-service")) {
			assumeTrue(Files.isRegularFile(jar(module)),
					() -> jar(module) + " is not built: these tests run in ./mvnw verify, after package");
		}
		this.work = Path.of("target", name).toAbsolutePath();
		deleteRecursively(this.work);
		Files.createDirectories(this.work);
		List<String> listeners = List.of("s3", "predict", "ingest", "analytics");
		List<Integer> free = freePorts(listeners.size());
		for (int i = 0; i < listeners.size(); i++) {
			this.ports.put(listeners.get(i), free.get(i));
		}
		this.env = Map.of("SCALESWELL_S3_ENDPOINT", "http://127.0.0.1:" + this.ports.get("s3"),
				"SCALESWELL_S3_PATH_STYLE", "true", "SCALESWELL_S3_ACCESS_KEY_ID", "local",
				"SCALESWELL_S3_SECRET_ACCESS_KEY", "local-secret", "S3_BUCKET", BUCKET, "AWS_REGION", "us-east-1",
				"PREDICT_SERVICE_URL", "http://127.0.0.1:" + this.ports.get("predict"));
		withArgs("ingest", INGEST_WRITE_DEADLINE);
	}

	/** Arguments {@code service} gets each time it starts, after the defaults. */
	LocalSystem withArgs(String service, String... args) {
		this.serviceArgs.computeIfAbsent(service, (name) -> new ArrayList<>()).addAll(List.of(args));
		return this;
	}

	/** S3, a first ETL run on the empty bucket, and the three services, ready. */
	LocalSystem startAll() throws Exception {
		startS3();
		assertThat(etl("run")).as("first ETL run on an empty bucket").isZero();
		for (String service : SERVICES) {
			start(service);
		}
		for (String service : SERVICES) {
			awaitReady(service);
		}
		return this;
	}

	/** The filesystem-backed S3Proxy, listening; its data survives a restart. */
	void startS3() throws Exception {
		Path data = this.work.resolve("s3");
		Files.createDirectories(data.resolve(BUCKET));
		Path properties = this.work.resolve("s3proxy.properties");
		Files.writeString(properties, """
				s3proxy.endpoint=http://127.0.0.1:%d
				s3proxy.authorization=aws-v2-or-v4
				s3proxy.identity=local
				s3proxy.credential=local-secret
				jclouds.provider=filesystem-nio2
				jclouds.filesystem.basedir=%s
				""".formatted(this.ports.get("s3"), data));
		JarProcess s3 = JarProcess.start("s3", jar("local-s3"), List.of("--properties", properties.toString()),
				Map.of(), this.work);
		this.running.put("s3", s3);
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
			assertThat(s3.isAlive()).as(s3::tail).isTrue();
			try (Socket socket = new Socket("127.0.0.1", this.ports.get("s3"))) {
				return true;
			}
			catch (IOException ex) {
				return false;
			}
		});
	}

	/**
	 * Starts a service ({@code predict}, {@code ingest}, {@code analytics}) without
	 * waiting.
	 */
	void start(String service) throws IOException {
		List<String> args = new ArrayList<>(List.of("--server.port=" + this.ports.get(service)));
		args.addAll(FAST_REFRESH);
		args.addAll(this.serviceArgs.getOrDefault(service, List.of()));
		this.running.put(service, JarProcess.start(service, jar(service + "-service"), args, this.env, this.work));
	}

	/** SIGKILL: no shutdown hook, no drain, as a crash or an OOM kill. */
	void kill(String name) throws InterruptedException {
		this.running.remove(name).kill();
	}

	int etl(String... args) throws Exception {
		List<String> command = new ArrayList<>(List.of(args));
		command.addAll(SMALL_TRAINING);
		command.add("--report=" + this.work.resolve("etl-report.json"));
		return JarProcess.run("etl", jar("etl-job"), command, this.env, this.work, Duration.ofMinutes(2));
	}

	/** Runs another etl-job subcommand as is; its output is in {@link #log}. */
	int etlCommand(String name, String... args) throws Exception {
		return JarProcess.run(name, jar("etl-job"), List.of(args), this.env, this.work, Duration.ofMinutes(1));
	}

	void awaitReady(String service) {
		JarProcess process = this.running.get(service);
		try {
			await().atMost(Duration.ofSeconds(180))
				.pollInterval(Duration.ofMillis(500))
				.ignoreExceptionsInstanceOf(ConnectException.class)
				.untilAsserted(() -> {
					assertThat(process.isAlive()).as(process::tail).isTrue();
					assertThat(get(service, "/actuator/health/readiness").statusCode()).isEqualTo(200);
				});
		}
		catch (ConditionTimeoutException ex) {
			throw new AssertionError(service + " not ready\n" + process.tail(), ex);
		}
	}

	HttpResponse<String> get(String service, String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(uri(service, path)).timeout(REQUEST_TIMEOUT).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> post(String service, String path, String body) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(uri(service, path))
			.timeout(REQUEST_TIMEOUT)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	URI uri(String service, String path) {
		return URI.create("http://127.0.0.1:" + this.ports.get(service) + path);
	}

	Map<String, Integer> ports() {
		return this.ports;
	}

	Map<String, String> env() {
		return this.env;
	}

	/** Where S3Proxy keeps the bucket's objects, one file per key. */
	Path bucket() {
		return this.work.resolve("s3").resolve(BUCKET);
	}

	Path log(String name) {
		return this.work.resolve(name + ".log");
	}

	/** The running processes, in start order. */
	List<JarProcess> running() {
		return List.copyOf(this.running.values());
	}

	/**
	 * Stops every process (SIGTERM, then SIGKILL after the grace), the last started
	 * first.
	 */
	@Override
	public void close() throws InterruptedException {
		for (JarProcess process : List.copyOf(this.running.values()).reversed()) {
			process.close();
		}
		this.running.clear();
	}

	/** Forgets the processes a test stopped itself. */
	void forgetStopped() {
		this.running.values().removeIf((process) -> !process.isAlive());
	}

	static Path jar(String module) {
		return ROOT.resolve(module).resolve("target").resolve(module + ".jar");
	}

	static void deleteRecursively(Path path) throws IOException {
		if (Files.exists(path)) {
			try (var paths = Files.walk(path)) {
				for (Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(each);
				}
			}
		}
	}

	/**
	 * Free ports, all different: each is held until every one is chosen (one after the
	 * other, the system may hand out a port it just took back).
	 */
	static List<Integer> freePorts(int count) throws IOException {
		List<ServerSocket> sockets = new ArrayList<>();
		try {
			for (int i = 0; i < count; i++) {
				sockets.add(new ServerSocket(0));
			}
			return sockets.stream().map(ServerSocket::getLocalPort).toList();
		}
		finally {
			for (ServerSocket socket : sockets) {
				socket.close();
			}
		}
	}

}

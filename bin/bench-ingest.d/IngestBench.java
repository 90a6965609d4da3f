// Load generator and loss checker for bin/bench-ingest. Run with the JDK's source launcher:
//   java -cp <common-model classpath> IngestBench.java rate|verify ...
// "rate" is an open-model (constant arrival rate) client: latency is measured from each
// request's scheduled start, so a stalled server cannot hide its queueing (no coordinated
// omission). "verify" reads every raw object back through S3 with the lake's codec.

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.scaleswell.model.lake.LakeLayout;
import dev.scaleswell.model.record.Dataset;
import dev.scaleswell.model.record.DecodedObject;
import dev.scaleswell.model.record.JsonLinesCodec;
import dev.scaleswell.model.s3.S3Clients;
import dev.scaleswell.model.s3.S3Properties;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

public class IngestBench {

	private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

	private static final String[] HEROES = { "Thor", "Hulk", "Loki" };

	public static void main(String[] args) throws Exception {
		Map<String, String> options = options(Arrays.copyOfRange(args, 1, args.length));
		switch (args[0]) {
			case "rate" -> rate(options);
			case "verify" -> verify(options);
			default -> throw new IllegalArgumentException("usage: rate|verify --option value ...");
		}
	}

	/** Submits warriors at a fixed rate; prints latency percentiles; logs acknowledged ids. */
	static void rate(Map<String, String> o) throws Exception {
		URI uri = URI.create(o.get("url") + "/submit-user-data");
		double rate = Double.parseDouble(o.get("rate"));
		double seconds = Double.parseDouble(o.get("duration"));
		double warmup = Double.parseDouble(o.getOrDefault("warmup", "0"));
		String prefix = o.getOrDefault("prefix", "Bench");
		Path idsFile = o.containsKey("ids") ? Path.of(o.get("ids")) : null;
		HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(2))
			.build();
		long total = (long) ((warmup + seconds) * rate);
		long warmupCount = (long) (warmup * rate);
		long[] latencies = new long[(int) (total - warmupCount)];
		AtomicInteger measured = new AtomicInteger();
		Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
		LongAdder errors = new LongAdder();
		ConcurrentLinkedQueue<String> ids = new ConcurrentLinkedQueue<>();
		PrintWriter idLog = (idsFile != null) ? new PrintWriter(Files.newBufferedWriter(idsFile), true) : null;
		long start = System.nanoTime() + 50_000_000;
		double intervalNanos = 1e9 / rate;
		try (ExecutorService requests = Executors.newVirtualThreadPerTaskExecutor()) {
			for (long i = 0; i < total; i++) {
				long scheduled = start + (long) (i * intervalNanos);
				long wait = scheduled - System.nanoTime();
				if (wait > 0) {
					TimeUnit.NANOSECONDS.sleep(wait);
				}
				boolean record = i >= warmupCount;
				String body = "{\"name\":\"" + prefix + " " + i + "\",\"age\":" + (13 + i % 80) + ",\"hero\":\""
						+ HEROES[(int) (i % HEROES.length)] + "\"}";
				requests.submit(() -> {
					int status;
					String responseBody = null;
					try {
						HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri)
							.timeout(Duration.ofSeconds(10))
							.header("Content-Type", "application/json")
							.POST(HttpRequest.BodyPublishers.ofString(body))
							.build(), HttpResponse.BodyHandlers.ofString());
						status = response.statusCode();
						responseBody = response.body();
					}
					catch (IOException | InterruptedException ex) {
						status = -1;
					}
					long latency = System.nanoTime() - scheduled;
					if (status == 201) {
						Matcher m = ID.matcher(responseBody);
						if (m.find() && idLog != null) {
							synchronized (idLog) {
								idLog.println(m.group(1));
							}
						}
					}
					if (record) {
						latencies[measured.getAndIncrement()] = latency;
						if (status < 0) {
							errors.increment();
						}
						else {
							statuses.computeIfAbsent(status, (s) -> new LongAdder()).increment();
						}
					}
				});
			}
		}
		double elapsed = (System.nanoTime() - start) / 1e9 - warmup;
		if (idLog != null) {
			idLog.close();
		}
		long[] sorted = Arrays.copyOf(latencies, measured.get());
		Arrays.sort(sorted);
		long created = statuses.getOrDefault(201, new LongAdder()).sum();
		System.out.printf("target_rate=%.0f/s measured_requests=%d elapsed=%.1fs created_per_s=%.0f statuses=%s errors=%d%n",
				rate, sorted.length, elapsed, created / elapsed, statuses, errors.sum());
		System.out.printf("latency_ms p50=%.1f p90=%.1f p99=%.1f p99.9=%.1f max=%.1f%n", pct(sorted, 0.50),
				pct(sorted, 0.90), pct(sorted, 0.99), pct(sorted, 0.999), pct(sorted, 1.0));
	}

	/** Checks that every acknowledged id is in a raw object in S3. */
	static void verify(Map<String, String> o) throws IOException {
		Set<String> acknowledged = new HashSet<>(Files.readAllLines(Path.of(o.get("ids"))));
		acknowledged.remove("");
		S3Properties properties = new S3Properties(URI.create(o.get("endpoint")), "us-east-1", o.get("bucket"), true,
				"bench", "bench", Duration.ofSeconds(30));
		Set<String> stored = new HashSet<>();
		long objects = 0;
		long lines = 0;
		long badLines = 0;
		try (S3Client s3 = S3Clients.create(properties)) {
			List<S3Object> listing = new ArrayList<>();
			s3.listObjectsV2Paginator((r) -> r.bucket(properties.bucket()).prefix(LakeLayout.rawPrefix(Dataset.SUBMISSIONS)))
				.contents()
				.forEach(listing::add);
			JsonLinesCodec codec = JsonLinesCodec.standard();
			for (S3Object object : listing) {
				byte[] bytes = s3.getObjectAsBytes((r) -> r.bucket(properties.bucket()).key(object.key())).asByteArray();
				DecodedObject decoded = codec.decode(Dataset.SUBMISSIONS, bytes);
				objects++;
				lines += decoded.records().size();
				badLines += decoded.errors().size();
				decoded.records().forEach((record) -> stored.add(record.id().toString()));
			}
		}
		Set<String> lost = new HashSet<>(acknowledged);
		lost.removeAll(stored);
		System.out.printf("acknowledged=%d stored_records=%d raw_objects=%d bad_lines=%d lost=%d%n", acknowledged.size(),
				lines, objects, badLines, lost.size());
		if (!lost.isEmpty()) {
			System.out.println("LOST (first 10): " + lost.stream().limit(10).toList());
			System.exit(1);
		}
	}

	private static double pct(long[] sorted, double p) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int index = (int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
		return sorted[Math.max(index, 0)] / 1e6;
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new ConcurrentHashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
		}
		return options;
	}

}

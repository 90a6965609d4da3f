package dev.scaleswell.benchmarks.ingest;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

import dev.scaleswell.model.lake.LakeLayout;
import dev.scaleswell.model.record.Dataset;
import dev.scaleswell.model.record.DecodedObject;
import dev.scaleswell.model.record.JsonLinesCodec;
import dev.scaleswell.model.s3.S3Clients;
import dev.scaleswell.model.s3.S3Properties;
import dev.scaleswell.testsupport.load.OpenLoad;

/**
 * Load client and loss checker of bin/bench-ingest: {@code IngestBench rate|verify
 * --option value ...}. "rate" is an open-model (constant arrival rate) client,
 * test-support's {@link OpenLoad}: latency is measured from each request's due time, so a
 * stalled server cannot hide its queueing (no coordinated omission). "verify" reads every
 * raw object back through S3 with the lake's codec.
 */
public final class IngestBench {

	private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

	private static final String[] HEROES = { "Thor", "Hulk", "Loki" };

	private IngestBench() {
	}

	public static void main(String[] args) throws IOException {
		Map<String, String> options = options(Arrays.copyOfRange(args, 1, args.length));
		switch (args[0]) {
			case "rate" -> rate(options);
			case "verify" -> verify(options);
			default -> throw new IllegalArgumentException("usage: rate|verify --option value ...");
		}
	}

	/**
	 * Submits warriors at a fixed rate; prints latency percentiles; logs acknowledged
	 * ids.
	 */
	static void rate(Map<String, String> o) throws IOException {
		URI uri = URI.create(o.get("url"));
		double rate = Double.parseDouble(o.get("rate"));
		Duration duration = Duration.ofMillis((long) (Double.parseDouble(o.get("duration")) * 1000));
		Duration warmup = Duration.ofMillis((long) (Double.parseDouble(o.getOrDefault("warmup", "0")) * 1000));
		int connections = Integer.parseInt(o.getOrDefault("connections", "256"));
		String prefix = o.getOrDefault("prefix", "Bench");
		@Nullable PrintWriter idLog = o.containsKey("ids") ? new PrintWriter(Files.newBufferedWriter(Path.of(o.get("ids"))), true)
				: null;
		String host = uri.getHost() + ":" + uri.getPort();
		OpenLoad load = new OpenLoad(new InetSocketAddress(uri.getHost(), uri.getPort()), (i) -> {
			byte[] body = ("{\"name\":\"" + prefix + " " + i + "\",\"age\":" + (13 + i % 80) + ",\"hero\":\""
					+ HEROES[(int) (i % HEROES.length)] + "\"}")
				.getBytes(StandardCharsets.UTF_8);
			byte[] head = ("POST /submit-user-data HTTP/1.1\r\nHost: " + host
					+ "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII);
			byte[] request = Arrays.copyOf(head, head.length + body.length);
			System.arraycopy(body, 0, request, head.length, body.length);
			return request;
		}, (i, status, body) -> {
			Matcher id = ID.matcher(body);
			if (status == 201 && idLog != null && id.find()) {
				idLog.println(id.group(1));
			}
		});
		OpenLoad.Report report = load.run(rate, duration, warmup, connections, Duration.ofSeconds(15));
		if (idLog != null) {
			idLog.close();
		}
		System.out.println(report.summary());
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
			s3.listObjectsV2Paginator(
					(r) -> r.bucket(properties.bucket()).prefix(LakeLayout.rawPrefix(Dataset.SUBMISSIONS)))
				.contents()
				.forEach(listing::add);
			JsonLinesCodec codec = JsonLinesCodec.standard();
			for (S3Object object : listing) {
				byte[] bytes = s3.getObjectAsBytes((r) -> r.bucket(properties.bucket()).key(object.key()))
					.asByteArray();
				DecodedObject decoded = codec.decode(Dataset.SUBMISSIONS, bytes);
				objects++;
				lines += decoded.records().size();
				badLines += decoded.errors().size();
				decoded.records().forEach((record) -> stored.add(record.id().toString()));
			}
		}
		Set<String> lost = new HashSet<>(acknowledged);
		lost.removeAll(stored);
		System.out.printf("acknowledged=%d stored_records=%d raw_objects=%d bad_lines=%d lost=%d%n",
				acknowledged.size(), lines, objects, badLines, lost.size());
		if (!lost.isEmpty()) {
			System.out.println("LOST (first 10): " + lost.stream().limit(10).toList());
			System.exit(1);
		}
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new ConcurrentHashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
		}
		return options;
	}

}

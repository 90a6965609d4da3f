package dev.scaleswell.benchmarks.etl;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.scaleswell.model.s3.S3Clients;
import dev.scaleswell.model.s3.S3Properties;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The S3 part of the curate benchmark (bin/bench-etl), measured alone: what curate moves
 * through S3Proxy, without decoding or writing anything. {@code S3TransferBaseline
 * ENDPOINT BUCKET PARALLELISM SIZES_FILE} downloads every object under {@code raw/} with
 * PARALLELISM threads (curate's default), as curate does, then puts one object of each
 * size listed in SIZES_FILE (the sizes of the files curate wrote: curated parts, users
 * snapshot, day states, manifests) one after another, as curate does, and deletes them.
 * Credentials come from {@code SCALESWELL_S3_*} as for etl-job, with the same client.
 * Prints "getSeconds putSeconds cpuSeconds objects bytes" (CPU of this process).
 */
public final class S3TransferBaseline {

	private S3TransferBaseline() {
	}

	public static void main(String[] args) throws IOException, InterruptedException, ExecutionException {
		S3Properties env = S3Properties.fromEnvironment(System.getenv());
		S3Properties properties = new S3Properties(URI.create(args[0]), env.region(), args[1], true, env.accessKeyId(),
				env.secretAccessKey(), Duration.ofSeconds(60));
		int parallelism = Integer.parseInt(args[2]);
		List<Long> sizes = Files.readAllLines(Path.of(args[3])).stream().map(Long::parseLong).toList();
		long cpuBefore = cpuTicks();
		try (S3Client s3 = S3Clients.create(properties)) {
			String bucket = properties.bucket();
			long start = System.nanoTime();
			List<String> keys = new ArrayList<>();
			for (S3Object object : s3.listObjectsV2Paginator((request) -> request.bucket(bucket).prefix("raw/"))
				.contents()) {
				keys.add(object.key());
			}
			long bytes = 0;
			ExecutorService pool = Executors.newFixedThreadPool(parallelism);
			try {
				List<Future<Integer>> gets = new ArrayList<>();
				for (String key : keys) {
					gets.add(pool.submit(() -> s3.getObjectAsBytes((request) -> request.bucket(bucket).key(key))
						.asByteArrayUnsafe().length));
				}
				for (Future<Integer> get : gets) {
					bytes += get.get();
				}
			}
			finally {
				pool.shutdownNow();
			}
			double getSeconds = (System.nanoTime() - start) / 1e9;
			start = System.nanoTime();
			SplittableRandom random = new SplittableRandom(1);
			List<String> put = new ArrayList<>();
			for (long size : sizes) {
				byte[] body = new byte[Math.toIntExact(size)];
				random.nextBytes(body);
				String key = "s3-baseline/object-" + put.size();
				s3.putObject((request) -> request.bucket(bucket).key(key), RequestBody.fromBytes(body));
				put.add(key);
			}
			double putSeconds = (System.nanoTime() - start) / 1e9;
			put.forEach((key) -> s3.deleteObject((request) -> request.bucket(bucket).key(key)));
			double cpuSeconds = (cpuTicks() - cpuBefore) / 100.0;
			System.out.printf("%.2f %.2f %.2f %d %d%n", getSeconds, putSeconds, cpuSeconds, keys.size(), bytes);
		}
	}

	/** utime + stime of this process in clock ticks (USER_HZ, 100 on Linux). */
	private static long cpuTicks() throws IOException {
		String stat = Files.readString(Path.of("/proc/self/stat"));
		String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
		return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
	}

}

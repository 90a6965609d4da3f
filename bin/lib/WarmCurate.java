import java.lang.management.ManagementFactory;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.sun.management.OperatingSystemMXBean;
import dev.scaleswell.etl.curate.CurateOptions;
import dev.scaleswell.etl.curate.CurateStep;
import dev.scaleswell.model.s3.S3Clients;
import dev.scaleswell.model.s3.S3Properties;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Curate in one warm JVM, for bin/bench-etl (WARM=N): curates each bucket named after the
 * endpoint in turn (each a copy of the same raw objects), printing each run's wall and CPU
 * time, then downloads the first bucket's raw objects twice with curate's parallelism and
 * prints the second pass (the S3 part, warm). Run from source against etl-job's classes:
 * java -cp <etl-job classes and libs> bin/lib/WarmCurate.java ENDPOINT BUCKET...
 */
public class WarmCurate {

	public static void main(String[] args) throws Exception {
		URI endpoint = URI.create(args[0]);
		OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		CurateOptions options = CurateOptions.defaults();
		for (int i = 1; i < args.length; i++) {
			String bucket = args[i];
			try (S3Client s3 = client(endpoint, bucket)) {
				long cpu = os.getProcessCpuTime();
				long start = System.nanoTime();
				new CurateStep(s3, bucket, options, Clock.systemUTC()).run("warm-" + i, () -> {
				});
				System.out.printf("warm curate %d %.2f %.2f%n", i, (System.nanoTime() - start) / 1e9,
						(os.getProcessCpuTime() - cpu) / 1e9);
			}
		}
		try (S3Client s3 = client(endpoint, args[1]);
				ExecutorService pool = Executors.newFixedThreadPool(options.parallelism())) {
			List<String> keys = s3.listObjectsV2Paginator((request) -> request.bucket(args[1]).prefix("raw/"))
				.contents()
				.stream()
				.map(S3Object::key)
				.toList();
			for (int pass = 1; pass <= 2; pass++) {
				long cpu = os.getProcessCpuTime();
				long start = System.nanoTime();
				List<Future<byte[]>> gets = keys.stream()
					.map((key) -> pool.submit(
							() -> s3.getObjectAsBytes((request) -> request.bucket(args[1]).key(key)).asByteArrayUnsafe()))
					.toList();
				for (Future<byte[]> get : gets) {
					get.get();
				}
				System.out.printf("warm get %d %d %.2f %.2f%n", pass, keys.size(), (System.nanoTime() - start) / 1e9,
						(os.getProcessCpuTime() - cpu) / 1e9);
			}
		}
	}

	private static S3Client client(URI endpoint, String bucket) {
		return S3Clients.create(new S3Properties(endpoint, S3Properties.DEFAULT_REGION, bucket, true,
				System.getenv("SCALESWELL_S3_ACCESS_KEY_ID"), System.getenv("SCALESWELL_S3_SECRET_ACCESS_KEY"),
				Duration.ofSeconds(60)));
	}

}

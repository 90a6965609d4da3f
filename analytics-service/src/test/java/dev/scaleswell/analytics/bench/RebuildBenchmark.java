package dev.scaleswell.analytics.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;

import dev.scaleswell.lake.aggregate.AggregateBuilder;
import dev.scaleswell.lake.aggregate.AnalyticsView;
import dev.scaleswell.lake.aggregate.LakeAggregation;
import dev.scaleswell.lake.aggregate.PublishedAggregates;
import dev.scaleswell.analytics.lake.CuratedLake;
import dev.scaleswell.lake.commit.ManifestState;
import dev.scaleswell.lake.parquet.CuratedFiles;
import dev.scaleswell.analytics.snapshot.RebuildMetrics;
import dev.scaleswell.analytics.snapshot.Snapshot;
import dev.scaleswell.analytics.snapshot.SnapshotLoader;
import dev.scaleswell.model.hero.HeroCatalog;
import dev.scaleswell.model.lake.EtlManifest;
import dev.scaleswell.model.record.Dataset;
import dev.scaleswell.model.s3.S3Clients;
import dev.scaleswell.model.s3.S3Properties;
import dev.scaleswell.testsupport.EmbeddedS3;
import dev.scaleswell.testsupport.lake.CuratedParquet;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import software.amazon.awssdk.services.s3.S3Client;
import tools.jackson.databind.json.JsonMapper;

/**
 * Times full snapshot refreshes (the production {@link SnapshotLoader}, over S3) against
 * the lake {@link BenchLake} serves, along one path: {@code published}, a
 * {@code latest.json} naming the aggregates the ETL published, or {@code scan}, the same
 * state without them (an older ETL's commit), which the loader answers by scanning the
 * curated users. It commits that variant first, then reports the wall and CPU time and
 * the peak heap of each round: the sum of every heap pool's peak since the round began,
 * an upper bound. The analytics and top-100 leaderboard ETags it prints are equal on both
 * paths when they serve the same figures. Run it with {@code -Xmx1g} to hold the refresh
 * to the 1 GB budget. Arguments: {@code endpoint rounds published|scan [--breakdown]}.
 */
public final class RebuildBenchmark {

	private RebuildBenchmark() {
	}

	public static void main(String[] args) {
		URI endpoint = URI.create(args[0]);
		int rounds = Integer.parseInt(args[1]);
		boolean published = switch (args[2]) {
			case "published" -> true;
			case "scan" -> false;
			default -> throw new IllegalArgumentException("path must be published or scan, not " + args[2]);
		};
		S3Properties properties = new S3Properties(endpoint, "us-east-1", S3Properties.DEFAULT_BUCKET, true,
				EmbeddedS3.ACCESS_KEY, EmbeddedS3.SECRET_KEY, Duration.ofMinutes(2));
		JsonMapper json = JsonMapper.builder().build();
		try (S3Client s3 = S3Clients.create(properties)) {
			CuratedLake lake = new CuratedLake(s3, properties.bucket(), HeroCatalog.standard());
			commitPath(new CuratedParquet(s3, properties.bucket()), lake, published);
			if (args.length > 3 && args[3].equals("--breakdown")) {
				breakdown(lake, new CuratedFiles(s3, properties.bucket()));
			}
			SnapshotLoader loader = new SnapshotLoader(lake, HeroCatalog.standard(), json,
					new RebuildMetrics(new SimpleMeterRegistry()));
			System.out.printf(Locale.ROOT, "max heap %d MB%n", Runtime.getRuntime().maxMemory() >> 20);
			for (int round = 1; round <= rounds; round++) {
				System.gc();
				ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
				long gcBefore = gcMillis();
				long cpuBefore = processCpuNanos();
				long started = System.nanoTime();
				Snapshot snapshot = loader.loadIfChanged(null).orElseThrow();
				double seconds = (System.nanoTime() - started) / 1e9;
				double cpuSeconds = (processCpuNanos() - cpuBefore) / 1e9;
				AnalyticsView view = json.readValue(snapshot.analytics().body(), AnalyticsView.class);
				System.out.printf(Locale.ROOT,
						"round %d: refresh %.2f s wall, %.2f s cpu, peak heap %d MB, gc %d ms (users %d, submissions %d, duels %d, top %s)%n",
						round, seconds, cpuSeconds, peakHeapBytes() >> 20, gcMillis() - gcBefore, view.totalUsers(),
						view.totalSubmissions(), view.duels().recorded(),
						view.duels().leaderboard().isEmpty() ? "-" : view.duels().leaderboard().getFirst().name());
				if (round == rounds) {
					System.out.printf(Locale.ROOT, "served: analytics %d bytes etag %s, leaderboard(100) etag %s%n",
							snapshot.analytics().body().length, snapshot.analytics().etag(),
							snapshot.leaderboard(AggregateBuilder.LEADERBOARD_MAX).etag());
				}
			}
		}
	}

	/**
	 * Commits the lake's state as {@code latest.json}, naming the aggregates
	 * {@link BenchLake} published for it or not.
	 */
	private static void commitPath(CuratedParquet fixture, CuratedLake lake, boolean published) {
		EtlManifest manifest = ((ManifestState.Changed) lake.latest(null)).manifest();
		EtlManifest state = CuratedParquet.state(manifest.runId(), manifest.committedAt(), manifest.usersFiles(),
				manifest.curatedFiles(Dataset.SUBMISSIONS), manifest.curatedFiles(Dataset.DUEL_RESULTS),
				manifest.totals(), manifest.modelVersion(), manifest.driftReport());
		if (published) {
			String key = PublishedAggregates.key(manifest.runId());
			fixture.commit(state.withAggregates(key));
			System.out.printf(Locale.ROOT, "path published: latest.json names %s (%d bytes)%n", key,
					lake.object(key).length);
		}
		else {
			fixture.commit(state);
			System.out.println("path scan: latest.json names no aggregates");
		}
	}

	/**
	 * Reading alone, without aggregating: what the Parquet decoding of a scan costs per
	 * dataset (the columns {@link LakeAggregation} reads).
	 */
	private static void breakdown(CuratedLake lake, CuratedFiles files) {
		EtlManifest manifest = ((ManifestState.Changed) lake.latest(null)).manifest();
		long[] rows = new long[1];
		for (int round = 1; round <= 2; round++) {
			long cpu = processCpuNanos();
			manifest.curatedFiles(Dataset.DUEL_RESULTS)
				.forEach((key) -> files.readColumns(key, LakeAggregation.DUEL_COLUMNS, (row) -> rows[0]++));
			long duels = processCpuNanos();
			manifest.usersFiles()
				.forEach((key) -> files.readColumns(key, LakeAggregation.USER_COLUMNS, (row) -> rows[0]++));
			long users = processCpuNanos();
			manifest.curatedFiles(Dataset.SUBMISSIONS).forEach((key) -> rows[0] += files.rowCount(key));
			long footers = processCpuNanos();
			System.out.printf(Locale.ROOT,
					"read only, round %d: duels %.2f s cpu, users %.2f s cpu, footers %.2f s cpu%n", round,
					(duels - cpu) / 1e9, (users - duels) / 1e9, (footers - users) / 1e9);
		}
	}

	private static long peakHeapBytes() {
		return ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.mapToLong((pool) -> pool.getPeakUsage().getUsed())
			.sum();
	}

	/**
	 * CPU time of every thread of this JVM (GC and JIT included): fair on a shared
	 * machine.
	 */
	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	private static long gcMillis() {
		return ManagementFactory.getGarbageCollectorMXBeans()
			.stream()
			.mapToLong(GarbageCollectorMXBean::getCollectionTime)
			.sum();
	}

}

package dev.scaleswell.analytics.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.LongFunction;

import dev.scaleswell.lake.aggregate.PublishedAggregates;
import dev.scaleswell.lake.commit.ManifestStore;
import dev.scaleswell.lake.schema.CuratedSchemas;
import dev.scaleswell.testsupport.lake.CuratedParquet;
import dev.scaleswell.model.hero.Hero;
import dev.scaleswell.model.hero.HeroCatalog;
import dev.scaleswell.model.lake.EtlManifest;
import dev.scaleswell.model.lake.LakeLayout;
import dev.scaleswell.model.record.Dataset;
import dev.scaleswell.model.s3.S3Clients;
import dev.scaleswell.model.s3.S3Properties;
import dev.scaleswell.testsupport.EmbeddedS3;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * The benchmark's lake: starts S3Proxy over a directory on a fixed loopback port, writes
 * a seeded synthetic lake in the curated contract schema (ZSTD Parquet, the same writer
 * settings as the tests) and its {@code latest.json} unless the directory already holds
 * one, publishes that state's aggregates with the ETL's own writer unless they are there,
 * prints {@code READY}, then serves until killed. Used by {@code bin/bench-analytics}.
 *
 * <p>
 * Arguments: {@code port directory users submissions duels seed}. Users are
 * {@code Warrior <i>} with a uniform age 13-100, a uniform hero and a rating (one in ten
 * unrated); submissions are spread uniformly over the users; duels pair two random users
 * (one side in twenty is a name no user has) with a random winner. Files hold at most
 * 500,000 rows, as the ETL writes one part per day and run.
 */
public final class BenchLake {

	private static final int ROWS_PER_FILE = 500_000;

	private static final String RUN_ID = "20261201T190000Z-bench0";

	private static final Instant COMMITTED_AT = Instant.parse("2026-12-01T19:00:04Z");

	private BenchLake() {
	}

	public static void main(String[] args) throws Exception {
		int port = Integer.parseInt(args[0]);
		Path directory = Path.of(args[1]).toAbsolutePath();
		long users = Long.parseLong(args[2]);
		long submissions = Long.parseLong(args[3]);
		long duels = Long.parseLong(args[4]);
		long seed = Long.parseLong(args[5]);
		String bucket = S3Properties.DEFAULT_BUCKET;
		Files.createDirectories(directory);
		EmbeddedS3 server = EmbeddedS3.onDisk(bucket, directory, port);
		server.start();
		S3Properties properties = new S3Properties(server.endpoint(), "us-east-1", bucket, true, EmbeddedS3.ACCESS_KEY,
				EmbeddedS3.SECRET_KEY, Duration.ofMinutes(2));
		try (S3Client s3 = S3Clients.create(properties)) {
			CuratedParquet lake = new CuratedParquet(s3, bucket);
			if (exists(s3, bucket, LakeLayout.latestManifestKey())) {
				System.out.println("reusing the lake in " + directory);
			}
			else {
				long started = System.nanoTime();
				new Generator(lake, seed, users).write(submissions, duels);
				System.out.printf(Locale.ROOT, "users=%d submissions=%d duels=%d generated in %.1f s%n", users,
						submissions, duels, (System.nanoTime() - started) / 1e9);
			}
			publishAggregates(s3, bucket, lake);
		}
		System.out.println("READY");
		Thread.currentThread().join();
	}

	/**
	 * Publishes the aggregates of the committed state, as the ETL run's commit step does,
	 * unless a reused lake has them; {@code latest.json} is left as it was, and
	 * {@link RebuildBenchmark} chooses whether it names them.
	 */
	private static void publishAggregates(S3Client s3, String bucket, CuratedParquet lake) {
		EtlManifest committed = new ManifestStore(s3, bucket).latest().orElseThrow().manifest();
		String key = PublishedAggregates.key(committed.runId());
		if (!exists(s3, bucket, key)) {
			long started = System.nanoTime();
			lake.publishAggregates(committed);
			System.out.printf(Locale.ROOT, "aggregates published (one scan, as the ETL run does) in %.1f s%n",
					(System.nanoTime() - started) / 1e9);
		}
		System.out.printf(Locale.ROOT, "aggregates %s: %d bytes%n", key,
				s3.headObject((request) -> request.bucket(bucket).key(key)).contentLength());
	}

	private static boolean exists(S3Client s3, String bucket, String key) {
		try {
			s3.headObject((request) -> request.bucket(bucket).key(key));
			return true;
		}
		catch (NoSuchKeyException ex) {
			return false;
		}
	}

	private static final class Generator {

		private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

		private final CuratedParquet lake;

		private final SplittableRandom random;

		private final long users;

		private final List<Hero> heroes = HeroCatalog.standard().all();

		Generator(CuratedParquet lake, long seed, long users) {
			this.lake = lake;
			this.random = new SplittableRandom(seed);
			this.users = users;
		}

		void write(long submissions, long duels) {
			List<String> usersFiles = files(this.users, (part) -> LakeLayout.usersKey(RUN_ID, (int) part),
					CuratedSchemas.USER, this::user);
			List<String> submissionFiles = files(submissions,
					(part) -> LakeLayout.curatedKey(Dataset.SUBMISSIONS, DAY, RUN_ID, (int) part),
					CuratedSchemas.SUBMISSION, (i) -> submission());
			List<String> duelFiles = files(duels,
					(part) -> LakeLayout.curatedKey(Dataset.DUEL_RESULTS, DAY, RUN_ID, (int) part),
					CuratedSchemas.DUEL_RESULT, this::duel);
			this.lake.commit(RUN_ID, COMMITTED_AT, usersFiles, submissionFiles, duelFiles,
					new EtlManifest.Totals(submissions, duels, this.users), "20261201T185500Z-bench0", null);
		}

		private List<String> files(long rows, LongFunction<String> key, org.apache.avro.Schema schema,
				LongFunction<GenericRecord> row) {
			List<String> keys = new ArrayList<>();
			for (long first = 0, part = 0; first < rows; first += ROWS_PER_FILE, part++) {
				long end = Math.min(rows, first + ROWS_PER_FILE);
				String fileKey = key.apply(part);
				long start = first;
				this.lake.write(fileKey, schema, new Iterator<>() {
					private long next = start;

					@Override
					public boolean hasNext() {
						return this.next < end;
					}

					@Override
					public GenericRecord next() {
						return row.apply(this.next++);
					}
				});
				keys.add(fileKey);
			}
			return keys;
		}

		private GenericRecord user(long i) {
			GenericRecord user = CuratedParquet.user("Warrior " + i, age(), hero(), 1 + this.random.nextInt(9),
					(this.random.nextInt(10) == 0) ? null : this.random.nextDouble());
			return user;
		}

		private GenericRecord submission() {
			GenericRecord submission = CuratedParquet.submission("Warrior " + this.random.nextLong(this.users), age(),
					hero(), COMMITTED_AT.toEpochMilli() - this.random.nextLong(86_400_000L));
			submission.put("id", new UUID(this.random.nextLong(), this.random.nextLong()).toString());
			return submission;
		}

		private GenericRecord duel(long i) {
			String first = warrior();
			String second = warrior();
			GenericData.Record duel = (GenericData.Record) CuratedParquet.duel(first, second,
					this.random.nextBoolean() ? first : second, COMMITTED_AT.toEpochMilli() - i);
			duel.put("id", new UUID(this.random.nextLong(), this.random.nextLong()).toString());
			return duel;
		}

		private String warrior() {
			return (this.random.nextInt(20) == 0) ? "Stranger " + this.random.nextInt(1000)
					: "Warrior " + this.random.nextLong(this.users);
		}

		private int age() {
			return 13 + this.random.nextInt(88);
		}

		private String hero() {
			return this.heroes.get(this.random.nextInt(this.heroes.size())).name();
		}

	}

}

package dev.scaleswell.spark.curate;

import java.time.Duration;
import java.util.concurrent.Callable;

import dev.scaleswell.lake.commit.EtlLock;
import dev.scaleswell.lake.commit.RunIds;
import dev.scaleswell.lake.curate.CurateSummary;
import dev.scaleswell.model.s3.S3Clients;
import dev.scaleswell.model.s3.S3Properties;
import dev.scaleswell.spark.SparkEtl;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * {@code etl-spark curate}: takes the ETL lease, as {@code etl-job curate} does, and runs
 * {@link SparkCurate}. The lake's settings come from the same environment as etl-job's
 * ({@code S3_BUCKET}, {@code AWS_REGION}, {@code SCALESWELL_S3_*}); the master from
 * spark-submit, else {@code --master}.
 */
@Command(name = "curate", mixinStandardHelpOptions = true,
		description = { "Curates every raw object not yet processed into deduplicated, partitioned Parquet (ZSTD)",
				"on Spark, exactly as etl-job curate does, and commits _manifests/etl/latest.json." })
public final class CurateOnSparkCommand implements Callable<Integer> {

	@ParentCommand
	private @Nullable SparkEtl job;

	@Spec
	private @Nullable CommandSpec spec;

	@Option(names = "--late-tolerance", paramLabel = "DURATION", defaultValue = "PT2H",
			description = "how long after a day ends its raw objects may still land (ISO-8601; default ${DEFAULT-VALUE})")
	private Duration lateTolerance = Duration.ofHours(2);

	@Option(names = "--target-file-mb", paramLabel = "MB", defaultValue = "128",
			description = "roll a curated file past this size (default ${DEFAULT-VALUE})")
	private int targetFileMb = 128;

	@Option(names = "--rows-per-task", paramLabel = "N", defaultValue = "500000",
			description = "the rows of one dt day one task writes, at most: a large day is spread over several "
					+ "tasks (default ${DEFAULT-VALUE})")
	private long rowsPerTask = 500_000;

	@Option(names = "--lease", paramLabel = "DURATION",
			description = "the ETL lease, renewed every third of it while the run lives (default ${DEFAULT-VALUE})")
	private Duration lease = EtlLock.DEFAULT_LEASE;

	@Option(names = "--master", paramLabel = "URL",
			description = "the Spark master when spark-submit set none (default ${DEFAULT-VALUE})")
	private String master = "local[*]";

	@Override
	public Integer call() {
		if (this.job == null || this.spec == null) {
			throw new IllegalStateException("curate runs as a subcommand of etl-spark");
		}
		S3Properties lake = S3Properties.fromEnvironment(this.job.environment());
		String runId = RunIds.newRunId(this.job.clock().instant());
		SparkConf conf = new SparkConf().setAppName("scales-well-curate").setIfMissing("spark.master", this.master);
		try (S3Client s3 = S3Clients.create(lake);
				EtlLock lock = EtlLock.acquire(s3, lake.bucket(), runId, this.lease, this.job.clock());
				JavaSparkContext spark = new JavaSparkContext(conf)) {
			SparkCurate.Outcome outcome = new SparkCurate(spark, lake, s3, this.lateTolerance,
					this.targetFileMb * 1024L * 1024L, this.rowsPerTask, this.job.clock())
				.run(lock.owner(), lock);
			this.spec.commandLine().getOut().println(summary(outcome));
		}
		return 0;
	}

	static String summary(SparkCurate.Outcome outcome) {
		return outcome.committed() ? CurateSummary.committed(outcome.runId(), " on Spark", outcome.counts())
				: CurateSummary.NOTHING_NEW;
	}

}

package dev.scaleswell.etl.curate;

import java.time.Duration;
import java.util.concurrent.Callable;

import dev.scaleswell.etl.job.JobContext;
import dev.scaleswell.etl.S3Options;
import dev.scaleswell.lake.commit.EtlLock;
import dev.scaleswell.lake.commit.RunIds;
import dev.scaleswell.lake.curate.CurateSummary;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * {@code etl-job curate}: takes the ETL lock and runs the {@link CurateStep}.
 */
@Command(name = "curate", mixinStandardHelpOptions = true,
		description = { "Curates every raw object not yet processed into deduplicated, partitioned Parquet (ZSTD),",
				"quarantines bad lines, rebuilds the users snapshot and commits _manifests/etl/latest.json." })
public final class CurateCommand implements Callable<Integer> {

	@ParentCommand
	private @Nullable JobContext job;

	@Spec
	private @Nullable CommandSpec spec;

	@Mixin
	private S3Options s3 = new S3Options();

	@Option(names = "--late-tolerance", paramLabel = "DURATION", defaultValue = "PT2H",
			description = "how long after a day ends its raw objects may still land (2h or PT2H; default ${DEFAULT-VALUE})")
	private Duration lateTolerance = Duration.ofHours(2);

	@Option(names = "--target-file-mb", paramLabel = "MB", defaultValue = "128",
			description = "roll a curated file past this size (default ${DEFAULT-VALUE})")
	private int targetFileMb = 128;

	@Option(names = "--parallelism", paramLabel = "N",
			description = "threads downloading and decoding raw objects (default: 2 x cores, at least 4)")
	private @Nullable Integer parallelism;

	@Option(names = "--lease", paramLabel = "DURATION",
			description = "the ETL lease, renewed every third of it while the run lives; a lease not renewed "
					+ "for this long is taken over (default ${DEFAULT-VALUE})")
	private Duration lease = EtlLock.DEFAULT_LEASE;

	@Override
	public Integer call() {
		if (this.job == null || this.spec == null) {
			throw new IllegalStateException("curate runs as a subcommand of etl-job");
		}
		CurateOptions defaults = CurateOptions.defaults();
		CurateOptions options = new CurateOptions(this.lateTolerance, this.targetFileMb * 1024L * 1024L,
				(this.parallelism != null) ? this.parallelism : defaults.parallelism());
		String bucket = this.s3.properties().bucket();
		String runId = RunIds.newRunId(this.job.clock().instant());
		try (S3Client client = this.s3.client();
				EtlLock lock = EtlLock.acquire(client, bucket, runId, this.lease, this.job.clock())) {
			CurateResult result = new CurateStep(client, bucket, options, this.job.clock()).run(lock.owner(), lock);
			this.spec.commandLine().getOut().println(summary(result));
		}
		return 0;
	}

	static String summary(CurateResult result) {
		return result.committed() ? CurateSummary.committed(result.runId(), "", result.counts())
				: CurateSummary.NOTHING_NEW;
	}

}

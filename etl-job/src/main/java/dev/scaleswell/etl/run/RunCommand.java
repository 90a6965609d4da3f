package dev.scaleswell.etl.run;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import dev.scaleswell.etl.job.JobContext;
import dev.scaleswell.lake.parquet.WorkDirectory;
import dev.scaleswell.etl.S3Options;
import dev.scaleswell.etl.curate.CurateOptions;
import dev.scaleswell.etl.evaluate.EvaluationPolicy;
import dev.scaleswell.etl.curate.CurateResult;
import dev.scaleswell.etl.curate.CurateStep;
import dev.scaleswell.etl.drift.DriftAnalysis;
import dev.scaleswell.lake.commit.EtlLock;
import dev.scaleswell.lake.commit.RunIds;
import dev.scaleswell.lake.commit.RunManifest.Counts;
import dev.scaleswell.etl.report.MetricsGroup;
import dev.scaleswell.etl.report.Pushgateway;
import dev.scaleswell.etl.report.RunMetrics;
import dev.scaleswell.etl.report.RunRecorder;
import dev.scaleswell.etl.report.RunReport;
import dev.scaleswell.etl.report.RunReportFile;
import dev.scaleswell.etl.train.TrainOptions;
import dev.scaleswell.model.hero.HeroCatalog;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * {@code run}: every step under one ETL lock, one report, one metrics push.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
		description = {
				"Runs every step under the ETL lease: curate -> train (when curate found new data, with --force, "
						+ "or while the registry has no champion) -> gate/promote -> rate the users with the champion "
						+ "-> drift.",
				"Writes a JSON report; with --pushgateway also pushes the run's metrics." })
public final class RunCommand implements Callable<Integer> {

	private static final Logger log = LoggerFactory.getLogger(RunCommand.class);

	@ParentCommand
	private JobContext job;

	@Spec
	private CommandSpec spec;

	@Mixin
	private S3Options s3 = new S3Options();

	@Mixin
	private TrainOptions train = new TrainOptions();

	@Option(names = "--force",
			description = "Train and measure drift even when curate found no new data and a champion serves.")
	private boolean force;

	@Option(names = "--skip-curate",
			description = "Another engine (etl-spark) curates: run the other steps on the committed lake, training "
					+ "when no model was trained on its latest run yet.")
	private boolean skipCurate;

	@Option(names = "--curate-lag", paramLabel = "DURATION",
			description = "With --skip-curate: fail the run when a raw object waited longer than this for the other "
					+ "engine (default: ${DEFAULT-VALUE}).")
	private Duration curateLag = Duration.ofMinutes(15);

	@Option(names = "--drift-threshold", paramLabel = "PSI",
			description = "PSI above which a feature counts as drifted (default: ${DEFAULT-VALUE}).")
	private double driftThreshold = DriftAnalysis.DEFAULT_THRESHOLD;

	@Option(names = "--verdict-confidence", paramLabel = "LEVEL",
			description = "Confidence of the champion/challenger verdict on recorded duels (default: ${DEFAULT-VALUE}).")
	private double verdictConfidence = EvaluationPolicy.DEFAULT.confidence();

	@Option(names = "--verdict-minimum-duels", paramLabel = "N",
			description = "Paired duels before any verdict (default: ${DEFAULT-VALUE}).")
	private long verdictMinimumDuels = EvaluationPolicy.DEFAULT.minimumDuels();

	@Option(names = "--verdict-actions", negatable = true, defaultValue = "true", fallbackValue = "true",
			description = "Promote a challenger found better and demote one found worse (default: on; "
					+ "--no-verdict-actions only records the verdict).")
	private boolean verdictActions = true;

	@Option(names = "--report", paramLabel = "FILE",
			description = "Where to write the run report (default: ${DEFAULT-VALUE}).")
	private Path report = Path.of("etl-report.json");

	@Option(names = "--pushgateway", paramLabel = "URL",
			description = "Prometheus Pushgateway to push the run's metrics to (job scaleswell_etl).")
	private @Nullable URI pushgateway;

	@Option(names = "--lease", paramLabel = "DURATION",
			description = "The ETL lease, renewed every third of it while the run lives; a lease not renewed for "
					+ "this long is taken over (default: ${DEFAULT-VALUE}).")
	private Duration lease = EtlLock.DEFAULT_LEASE;

	@Override
	public Integer call() throws Exception {
		RunSettings settings = new RunSettings(this.train.settings(), this.force, this.driftThreshold,
				new EvaluationPolicy(this.verdictConfidence, this.verdictMinimumDuels, this.verdictActions));
		String bucket = this.s3.properties().bucket();
		RunRecorder recorder = new RunRecorder(this.job.clock());
		String runId = RunIds.newRunId(this.job.clock().instant());
		RuntimeException failure = null;
		try (S3Client client = this.s3.client();
				EtlLock lock = EtlLock.acquire(client, bucket, runId, this.lease, this.job.clock());
				WorkDirectory work = WorkDirectory.create()) {
			CurateStep step = new CurateStep(client, bucket, CurateOptions.defaults(), this.job.clock());
			Supplier<CurateOutcome> curate = this.skipCurate
					? new CuratedElsewhere(client, bucket, lock.owner(), this.curateLag, this.job.clock())
					: () -> outcome(step.run(lock.owner(), lock));
			new EtlRun(curate, lock, client, bucket, work.path(), HeroCatalog.standard(), this.job.clock())
				.run(settings, recorder);
		}
		catch (RuntimeException ex) {
			failure = ex;
		}
		RunReport result = recorder.finish((failure != null) ? String.valueOf(failure.getMessage()) : null);
		RunReportFile.write(result, this.report);
		if (this.pushgateway != null) {
			push(this.pushgateway, result);
		}
		if (failure != null) {
			throw failure;
		}
		this.spec.commandLine().getOut().println(summary(result));
		this.spec.commandLine().getOut().flush();
		return 0;
	}

	/** A failed push is logged, never fails a run that did its work. */
	private static void push(URI gateway, RunReport result) throws InterruptedException {
		Pushgateway pushgateway = new Pushgateway(gateway);
		for (MetricsGroup group : RunMetrics.groups(result)) {
			try {
				pushgateway.replace(group);
			}
			catch (IOException ex) {
				log.warn("metrics group {} not pushed to {}: {}", group.labels(), gateway, ex.getMessage());
			}
		}
	}

	static CurateOutcome outcome(CurateResult result) {
		Map<String, Map<String, Long>> records = new LinkedHashMap<>();
		result.counts().forEach((dataset, counts) -> records.put(dataset.path(), outcomes(counts)));
		String runId = (result.committed() || result.manifest() == null) ? result.runId() : result.manifest().runId();
		String detail = result.committed() ? "committed run %s: %d rows written".formatted(runId, result.written())
				: "no new raw objects";
		return new CurateOutcome(runId, result.committed() && result.written() > 0, records, detail);
	}

	private static Map<String, Long> outcomes(Counts counts) {
		Map<String, Long> outcomes = new LinkedHashMap<>();
		outcomes.put("curated", counts.written());
		outcomes.put("duplicate", counts.duplicate());
		outcomes.put("quarantined", counts.quarantined());
		return outcomes;
	}

	private static String summary(RunReport report) {
		StringBuilder line = new StringBuilder("run ").append(report.runId()).append(':');
		report.steps()
			.forEach((step) -> line.append(' ')
				.append(step.step())
				.append(' ')
				.append(step.outcome())
				.append(String.format(Locale.ROOT, " (%.1fs)", step.seconds())));
		return line.toString();
	}

}

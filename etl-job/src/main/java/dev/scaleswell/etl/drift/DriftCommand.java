package dev.scaleswell.etl.drift;

import java.util.concurrent.Callable;

import dev.scaleswell.etl.job.JobContext;
import dev.scaleswell.lake.parquet.CuratedFiles;
import dev.scaleswell.lake.commit.ManifestStore;
import dev.scaleswell.etl.S3Options;
import dev.scaleswell.model.hero.HeroCatalog;
import dev.scaleswell.model.lake.EtlManifest;
import dev.scaleswell.model.lake.ModelAlias;
import dev.scaleswell.model.registry.ModelRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * {@code drift}: measures the latest run's new submissions against the champion's
 * training population and writes {@code reports/drift/<runId>.json}.
 */
@Command(name = "drift", mixinStandardHelpOptions = true,
		description = "Writes the drift report (PSI of age and hero, KS of age) of the latest run's new submissions "
				+ "against the champion's training population. Exits 0 also when drift is found.")
public final class DriftCommand implements Callable<Integer> {

	@Option(names = "--threshold", paramLabel = "PSI",
			description = "PSI above which a feature counts as drifted (default: ${DEFAULT-VALUE}).")
	private double threshold = DriftAnalysis.DEFAULT_THRESHOLD;

	@ParentCommand
	private JobContext job;

	@Mixin
	private S3Options s3 = new S3Options();

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() {
		String bucket = this.s3.properties().bucket();
		try (S3Client client = this.s3.client()) {
			EtlManifest latest = new ManifestStore(client, bucket).latest()
				.orElseThrow(() -> new IllegalStateException("no ETL run has committed yet: nothing to measure"))
				.manifest();
			String champion = new ModelRegistry(client, bucket).readAlias(ModelAlias.CHAMPION)
				.map((alias) -> alias.pointer().version())
				.orElse(null);
			DriftStore store = new DriftStore(client, bucket);
			DriftReport report = new DriftMeasurement(new CuratedFiles(client, bucket), store, HeroCatalog.standard(),
					this.job.clock())
				.measure(latest, champion, this.threshold);
			String key = store.writeReport(report);
			this.spec.commandLine()
				.getOut()
				.printf("%s: %s%s%n", key, report.status(), report.drifted() ? ", DRIFTED" : "");
			this.spec.commandLine().getOut().flush();
			return 0;
		}
	}

}

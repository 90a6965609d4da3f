package dev.scaleswell.etl.train;

import java.util.concurrent.Callable;

import dev.scaleswell.etl.job.JobContext;
import dev.scaleswell.lake.parquet.CuratedFiles;
import dev.scaleswell.etl.drift.DriftStore;
import dev.scaleswell.lake.commit.ManifestStore;
import dev.scaleswell.etl.S3Options;
import dev.scaleswell.model.hero.HeroCatalog;
import dev.scaleswell.model.lake.EtlManifest;
import dev.scaleswell.model.registry.ModelManifest;
import dev.scaleswell.model.registry.ModelRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * {@code train}: trains from the committed lake, gates, publishes and (if it passes)
 * promotes.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
		description = { "Trains a duel model from the committed lake (synthetic duels between the users and heroes, "
				+ "plus every recorded duel), judges it against the champion on the same holdout, publishes it "
				+ "with its verdict, and makes it champion if it passes." })
public final class TrainCommand implements Callable<Integer> {

	@ParentCommand
	private JobContext job;

	@Mixin
	private S3Options s3 = new S3Options();

	@Mixin
	private TrainOptions options = new TrainOptions();

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() throws Exception {
		String bucket = this.s3.properties().bucket();
		try (S3Client client = this.s3.client()) {
			ModelRegistry registry = new ModelRegistry(client, bucket);
			EtlManifest latest = new ManifestStore(client, bucket).latest()
				.map(ManifestStore.Versioned::manifest)
				.orElse(null);
			ModelTraining training = new ModelTraining(registry, new DriftStore(client, bucket),
					new CuratedFiles(client, bucket), HeroCatalog.standard(), this.job.clock());
			ModelManifest manifest = training.train(latest, this.options.settings()).manifest();
			this.spec.commandLine()
				.getOut()
				.printf("%s %s: %s%n", manifest.version(), manifest.gate().verdict(), manifest.gate().reason());
			this.spec.commandLine().getOut().flush();
			return 0;
		}
	}

}

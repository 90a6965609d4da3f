package dev.scaleswell.etl.registry;

import java.util.concurrent.Callable;

import dev.scaleswell.etl.EtlJob;
import dev.scaleswell.etl.S3Options;
import dev.scaleswell.model.lake.ModelAlias;
import dev.scaleswell.model.registry.ModelRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * {@code promote <version> [--as challenger --weight 0.1 [--shadow]]}.
 */
@Command(name = "promote", mixinStandardHelpOptions = true,
		description = "Points the champion (or the challenger) at a published model version.")
public final class PromoteCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "VERSION", description = "The model version to promote.")
	private String version = "";

	@Option(names = "--as", paramLabel = "ALIAS", description = "champion or challenger (default: ${DEFAULT-VALUE}).",
			converter = AliasConverter.class)
	private ModelAlias alias = ModelAlias.CHAMPION;

	@Option(names = "--weight", description = "Share of traffic a challenger answers, 0-1 (default: ${DEFAULT-VALUE}).")
	private double weight = 0.1;

	@Option(names = "--shadow",
			description = "The challenger also scores, off the request path, the traffic it does not answer.")
	private boolean shadow;

	@ParentCommand
	private EtlJob job;

	@Mixin
	private S3Options s3 = new S3Options();

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() {
		try (S3Client client = this.s3.client()) {
			ModelRegistry registry = new ModelRegistry(client, this.s3.properties().bucket());
			Promotions promotions = new Promotions(registry, this.job.clock());
			AliasChange change = (this.alias == ModelAlias.CHAMPION) ? promotions.promoteChampion(this.version)
					: promotions.promoteChallenger(this.version, this.weight, this.shadow);
			change.apply(registry);
			this.spec.commandLine().getOut().println(change.description());
			this.spec.commandLine().getOut().flush();
			return 0;
		}
	}

}

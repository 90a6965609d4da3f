package dev.scaleswell.etl.registry;

import java.util.concurrent.Callable;

import dev.scaleswell.etl.EtlJob;
import dev.scaleswell.etl.S3Options;
import dev.scaleswell.model.registry.ModelRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * {@code demote-challenger}: removes the challenger; the champion answers everything.
 */
@Command(name = "demote-challenger", mixinStandardHelpOptions = true,
		description = "Removes the challenger alias: the champion answers all traffic.")
public final class DemoteChallengerCommand implements Callable<Integer> {

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
			String demoted = new Promotions(registry, this.job.clock()).demoteChallenger();
			this.spec.commandLine().getOut().println("challenger " + demoted + " demoted");
			this.spec.commandLine().getOut().flush();
			return 0;
		}
	}

}

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
 * {@code rollback}: the champion goes back to the previous champion.
 */
@Command(name = "rollback", mixinStandardHelpOptions = true,
		description = "Points the champion back at the previous champion.")
public final class RollbackCommand implements Callable<Integer> {

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
			AliasChange change = new Promotions(registry, this.job.clock()).rollback();
			change.apply(registry);
			this.spec.commandLine().getOut().println(change.description());
			this.spec.commandLine().getOut().flush();
			return 0;
		}
	}

}

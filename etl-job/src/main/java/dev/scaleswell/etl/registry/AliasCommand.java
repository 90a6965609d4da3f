package dev.scaleswell.etl.registry;

import java.util.concurrent.Callable;

import dev.scaleswell.etl.job.JobContext;
import dev.scaleswell.etl.S3Options;
import dev.scaleswell.model.registry.ModelRegistry;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A registry command that changes an alias: it plans and applies the change against the
 * lake's registry and prints one line saying what changed.
 */
abstract class AliasCommand implements Callable<Integer> {

	@ParentCommand
	private JobContext job;

	@Mixin
	private S3Options s3 = new S3Options();

	@Spec
	private CommandSpec spec;

	/** Applies the change and returns the line that describes it. */
	abstract String change(Promotions promotions, ModelRegistry registry);

	@Override
	public Integer call() {
		try (S3Client client = this.s3.client()) {
			ModelRegistry registry = new ModelRegistry(client, this.s3.properties().bucket());
			String description = change(new Promotions(registry, this.job.clock()), registry);
			this.spec.commandLine().getOut().println(description);
			this.spec.commandLine().getOut().flush();
			return 0;
		}
	}

}

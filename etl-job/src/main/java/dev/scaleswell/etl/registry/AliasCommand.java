package dev.scaleswell.etl.registry;

import java.util.concurrent.Callable;

import dev.scaleswell.etl.job.JobContext;
import dev.scaleswell.etl.S3Options;
import dev.scaleswell.model.evaluation.AliasDecision;
import dev.scaleswell.model.registry.ModelRegistry;
import org.jspecify.annotations.Nullable;
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

	/** Applies the change and says what it did. */
	abstract Applied change(Promotions promotions, ModelRegistry registry);

	/**
	 * A change made by hand, as the alias history keeps it.
	 *
	 * @param description the line printed for the operator
	 * @param action {@code promote}, {@code promote-challenger}, {@code rollback} or
	 * {@code demote-challenger}
	 * @param from the version the alias named before
	 * @param to the version it names after
	 */
	record Applied(String description, String action, @Nullable String from, @Nullable String to) {
	}

	@Override
	public Integer call() {
		try (S3Client client = this.s3.client()) {
			ModelRegistry registry = new ModelRegistry(client, this.s3.properties().bucket());
			Applied applied = change(new Promotions(registry, this.job.clock()), registry);
			new AliasHistory(client, this.s3.properties().bucket()).record(new AliasDecision(this.job.clock().instant(),
					applied.action(), applied.from(), applied.to(), "operator", null));
			this.spec.commandLine().getOut().println(applied.description());
			this.spec.commandLine().getOut().flush();
			return 0;
		}
	}

}

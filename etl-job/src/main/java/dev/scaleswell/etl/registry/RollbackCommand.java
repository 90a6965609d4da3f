package dev.scaleswell.etl.registry;

import dev.scaleswell.model.registry.ModelRegistry;
import picocli.CommandLine.Command;

/**
 * {@code rollback}: the champion goes back to the previous champion.
 */
@Command(name = "rollback", mixinStandardHelpOptions = true,
		description = "Points the champion back at the previous champion.")
public final class RollbackCommand extends AliasCommand {

	@Override
	String change(Promotions promotions, ModelRegistry registry) {
		AliasChange change = promotions.rollback();
		change.apply(registry);
		return change.description();
	}

}

package dev.scaleswell.etl.registry;

import dev.scaleswell.model.lake.ModelAlias;
import dev.scaleswell.model.registry.ModelRegistry;
import picocli.CommandLine.Command;

/**
 * {@code rollback}: the champion goes back to the previous champion.
 */
@Command(name = "rollback", mixinStandardHelpOptions = true,
		description = "Points the champion back at the previous champion.")
public final class RollbackCommand extends AliasCommand {

	@Override
	Applied change(Promotions promotions, ModelRegistry registry) {
		String before = registry.readAlias(ModelAlias.CHAMPION)
			.map((current) -> current.pointer().version())
			.orElse(null);
		AliasChange change = promotions.rollback();
		change.apply(registry);
		return new Applied(change.description(), "rollback", before, change.pointer().version());
	}

}

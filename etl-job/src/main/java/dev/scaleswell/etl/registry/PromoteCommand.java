package dev.scaleswell.etl.registry;

import dev.scaleswell.model.lake.ModelAlias;
import dev.scaleswell.model.registry.ModelRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code promote <version> [--as challenger --weight 0.1 [--shadow]]}.
 */
@Command(name = "promote", mixinStandardHelpOptions = true,
		description = "Points the champion (or the challenger) at a published model version.")
public final class PromoteCommand extends AliasCommand {

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

	@Override
	Applied change(Promotions promotions, ModelRegistry registry) {
		String before = registry.readAlias(this.alias).map((current) -> current.pointer().version()).orElse(null);
		AliasChange change = (this.alias == ModelAlias.CHAMPION) ? promotions.promoteChampion(this.version)
				: promotions.promoteChallenger(this.version, this.weight, this.shadow);
		change.apply(registry);
		return new Applied(change.description(), (this.alias == ModelAlias.CHAMPION) ? "promote" : "promote-challenger",
				before, this.version);
	}

}

package dev.scaleswell.etl.registry;

import dev.scaleswell.model.registry.ModelRegistry;
import picocli.CommandLine.Command;

/**
 * {@code demote-challenger}: removes the challenger; the champion answers everything.
 */
@Command(name = "demote-challenger", mixinStandardHelpOptions = true,
		description = "Removes the challenger alias: the champion answers all traffic.")
public final class DemoteChallengerCommand extends AliasCommand {

	@Override
	String change(Promotions promotions, ModelRegistry registry) {
		return "challenger " + promotions.demoteChallenger() + " demoted";
	}

}

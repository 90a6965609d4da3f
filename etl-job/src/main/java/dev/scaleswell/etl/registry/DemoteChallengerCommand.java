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
	Applied change(Promotions promotions, ModelRegistry registry) {
		String demoted = promotions.demoteChallenger();
		return new Applied("challenger " + demoted + " demoted", "demote-challenger", demoted, null);
	}

}

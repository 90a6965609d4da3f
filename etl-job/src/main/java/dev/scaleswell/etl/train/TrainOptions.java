package dev.scaleswell.etl.train;

import dev.scaleswell.model.duel.TrainingOptions;
import picocli.CommandLine.Option;

/**
 * The training and gate options shared by {@code train} and {@code run}.
 */
public final class TrainOptions {

	@Option(names = "--synthetic-duels", paramLabel = "N",
			description = "Duels drawn by the simulator, besides every recorded duel (default: ${DEFAULT-VALUE}).")
	int syntheticDuels = TrainSettings.DEFAULT_SYNTHETIC_DUELS;

	@Option(names = "--holdout-share", paramLabel = "SHARE",
			description = "Share of the duels held out to judge the model (default: ${DEFAULT-VALUE}).")
	double holdoutShare = TrainSettings.DEFAULT_HOLDOUT_SHARE;

	@Option(names = "--seed",
			description = "Seeds the duels drawn, the split and the forest (default: ${DEFAULT-VALUE}).")
	long seed = TrainSettings.DEFAULT_SEED;

	@Option(names = "--trees", description = "Trees of the forest (default: ${DEFAULT-VALUE}).")
	int trees = TrainingOptions.defaults().trees();

	@Option(names = "--max-depth", description = "Maximum depth of a tree (default: ${DEFAULT-VALUE}).")
	int maxDepth = TrainingOptions.defaults().maxDepth();

	@Option(names = "--max-nodes", description = "Maximum leaves of a tree (default: ${DEFAULT-VALUE}).")
	int maxNodes = TrainingOptions.defaults().maxNodes();

	@Option(names = "--mtry", description = "Features tried at each split (default: ${DEFAULT-VALUE}).")
	int mtry = TrainingOptions.defaults().mtry();

	@Option(names = "--node-size", description = "Minimum duels in a leaf (default: ${DEFAULT-VALUE}).")
	int nodeSize = TrainingOptions.defaults().nodeSize();

	@Option(names = "--gate-margin", paramLabel = "ACCURACY",
			description = "How far below the champion's holdout accuracy a candidate may be, as a fraction (default: ${DEFAULT-VALUE} = half a point).")
	double gateMargin = GatePolicy.DEFAULT_MARGIN;

	@Option(names = "--gate-floor", paramLabel = "ACCURACY",
			description = "Lowest holdout accuracy a champion may have (default: ${DEFAULT-VALUE}).")
	double gateFloor = GatePolicy.DEFAULT_FLOOR;

	@Option(names = "--no-promote", negatable = false,
			description = "Register the model with the gate's verdict but do not make it champion.")
	boolean noPromote;

	public TrainSettings settings() {
		return new TrainSettings(this.syntheticDuels, this.holdoutShare, this.seed,
				new TrainingOptions(this.trees, this.maxDepth, this.maxNodes, this.mtry, this.nodeSize, this.seed),
				new GatePolicy(this.gateMargin, this.gateFloor), !this.noPromote);
	}

}

package dev.scaleswell.etl.train;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import dev.scaleswell.model.duel.DuelSimulator;
import dev.scaleswell.model.duel.LabelledDuel;

/**
 * The duels a model is trained on and the holdout it is judged on: synthetic duels
 * between the warriors plus every recorded duel, shuffled and split with a seed, so the
 * same data and seed give the same split.
 *
 * @param training the duels to train on
 * @param holdout the duels to judge it (and the champion) on
 * @param syntheticDuels how many duels the simulator drew
 * @param recordedDuels how many recorded duels were added
 */
public record TrainingSet(List<LabelledDuel> training, List<LabelledDuel> holdout, int syntheticDuels,
		int recordedDuels) {

	/**
	 * Draws {@code syntheticDuels} duels from {@code data}'s warriors, adds its recorded
	 * duels and holds out {@code holdoutShare} of all of them.
	 */
	public static TrainingSet build(TrainingData data, DuelSimulator simulator, int syntheticDuels, double holdoutShare,
			long seed) {
		if (!(holdoutShare > 0 && holdoutShare < 1)) {
			throw new IllegalArgumentException("holdout share must be in (0, 1), was " + holdoutShare);
		}
		List<LabelledDuel> all = new ArrayList<>(syntheticDuels + data.recorded().size());
		all.addAll(simulator.sample(data.warriors(), syntheticDuels, seed));
		all.addAll(data.recorded());
		Collections.shuffle(all, new Random(seed));
		int holdout = (int) Math.round(all.size() * holdoutShare);
		if (holdout == 0 || holdout == all.size()) {
			throw new IllegalArgumentException(
					"%d duels cannot be split %s into training and holdout".formatted(all.size(), holdoutShare));
		}
		return new TrainingSet(List.copyOf(all.subList(holdout, all.size())), List.copyOf(all.subList(0, holdout)),
				syntheticDuels, data.recorded().size());
	}

}

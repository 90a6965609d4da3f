package dev.scaleswell.etl.evaluate;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.scaleswell.model.evaluation.OnlineEvaluation;
import dev.scaleswell.model.evaluation.OnlineScores;
import dev.scaleswell.model.evaluation.PairedComparison;
import dev.scaleswell.model.warrior.WarriorProfile;
import org.jspecify.annotations.Nullable;

/**
 * Adds committed runs' duels to each serving model's online evaluation, and to the
 * challenger's paired comparison with the champion. A model counts only duels that
 * happened after it was published (truly out of its sample), and each run once: an
 * evaluation that already counted through a run of the list skips up to it, so a re-run
 * after a crash between two writes counts nothing twice.
 */
final class OnlineEvaluator {

	private final Function<String, @Nullable WarriorProfile> warriors;

	private final EvaluationPolicy policy;

	/**
	 * @param warriors resolves an identity key to the warrior it names (a user of the
	 * latest snapshot, or a hero), {@code null} when it names none
	 * @param policy the verdict's confidence and minimum
	 */
	OnlineEvaluator(Function<String, @Nullable WarriorProfile> warriors, EvaluationPolicy policy) {
		this.warriors = warriors;
		this.policy = policy;
	}

	/**
	 * The evaluations of {@code models} with the duels of {@code runs} (oldest first)
	 * added; {@code current} holds what earlier runs left, by version.
	 */
	Map<String, OnlineEvaluation> add(List<ServingModel> models, Map<String, OnlineEvaluation> current,
			List<RunDuels> runs, Instant now) {
		ServingModel champion = find(models, ServingModel.Variant.CHAMPION);
		Map<String, OnlineEvaluation> updated = new LinkedHashMap<>();
		if (runs.isEmpty()) {
			return updated;
		}
		String through = runs.getLast().runId();
		for (ServingModel model : models) {
			OnlineEvaluation before = current.getOrDefault(model.version(),
					OnlineEvaluation.empty(model.version(), now));
			OnlineScores scores = before.scores();
			boolean paired = model.variant() == ServingModel.Variant.CHALLENGER && champion != null;
			PairedComparison comparison = (paired && before.paired() != null
					&& before.paired().championVersion().equals(champion.version())) ? before.paired().comparison()
							: PairedComparison.empty();
			for (RunDuels run : runs.subList(firstUncounted(runs, before.throughRunId()), runs.size())) {
				for (RecordedDuel duel : run.duels()) {
					if (!duel.when().isAfter(model.publishedAt())) {
						continue;
					}
					WarriorProfile a = this.warriors.apply(duel.key1());
					WarriorProfile b = this.warriors.apply(duel.key2());
					if (a == null || b == null) {
						scores = scores.skip(1);
						continue;
					}
					double p = model.model().probability(a, b);
					scores = scores.add(p, duel.firstWon());
					if (paired && duel.when().isAfter(champion.publishedAt())) {
						double pChampion = champion.model().probability(a, b);
						comparison = comparison.add(OnlineScores.logLoss(p, duel.firstWon()),
								OnlineScores.logLoss(pChampion, duel.firstWon()));
					}
				}
			}
			OnlineEvaluation.Paired pairing = paired ? new OnlineEvaluation.Paired(champion.version(), comparison,
					comparison.verdict(this.policy.confidence(), this.policy.minimumDuels())) : null;
			updated.put(model.version(), new OnlineEvaluation(model.version(), now, through, scores, pairing));
		}
		return updated;
	}

	/**
	 * The index of the first run not yet counted by an evaluation that counted through
	 * {@code through}.
	 */
	private static int firstUncounted(List<RunDuels> runs, @Nullable String through) {
		for (int i = 0; i < runs.size(); i++) {
			if (runs.get(i).runId().equals(through)) {
				return i + 1;
			}
		}
		return 0;
	}

	static @Nullable ServingModel find(List<ServingModel> models, ServingModel.Variant variant) {
		return models.stream().filter((model) -> model.variant() == variant).findFirst().orElse(null);
	}

}

package dev.scaleswell.predict.duel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.scaleswell.model.validation.FieldViolation;
import dev.scaleswell.predict.directory.DirectoryHolder;
import dev.scaleswell.predict.directory.Warrior;
import dev.scaleswell.predict.model.ModelHolder;
import dev.scaleswell.predict.model.ServingModel;
import dev.scaleswell.predict.model.ServingModels;
import dev.scaleswell.predict.model.Variant;
import dev.scaleswell.predict.routing.ShadowScorer;
import dev.scaleswell.predict.routing.TrafficSplit;
import dev.scaleswell.service.problem.ProblemType;
import dev.scaleswell.predict.system.NotReady;
import dev.scaleswell.service.problem.ProblemException;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ProblemDetail;

/**
 * Answers duels: resolves names in the directory, routes the pair to a variant, scores
 * it, and hands the pair to the shadow challenger when there is one.
 */
public class DuelService {

	private final DirectoryHolder directory;

	private final ModelHolder models;

	private final ShadowScorer shadow;

	public DuelService(DirectoryHolder directory, ModelHolder models, ShadowScorer shadow) {
		this.directory = directory;
		this.models = models;
		this.shadow = shadow;
	}

	/** A duel between two warriors the directory knows, by name. */
	public DuelResponse duel(String name1, String name2, long startNanos) {
		var current = this.directory.current();
		Warrior first = current.find(name1);
		Warrior second = current.find(name2);
		if (first == null || second == null) {
			throw unknown(first == null ? name1 : null, second == null ? name2 : null);
		}
		return duel(first, second, startNanos);
	}

	/** A duel between two resolved warriors, which must differ. */
	public DuelResponse duel(Warrior first, Warrior second, long startNanos) {
		if (first.key().equals(second.key())) {
			throw new ProblemException(ProblemType.invalid(List.of(new FieldViolation("name2",
					"a warrior cannot duel itself: name1 and name2 both denote '" + first.name() + "'"))));
		}
		ServingModels serving = this.models.current();
		ServingModel champion = serving.champion();
		if (champion == null) {
			throw NotReady.noModelYet();
		}
		Variant variant = TrafficSplit.route(serving, first.key(), second.key());
		ServingModel model = (variant == Variant.CHAMPION) ? champion : serving.challenger();
		double p = model.probability(first, second);
		model.answered(variant);
		if (serving.shadow() && variant == Variant.CHAMPION) {
			this.shadow.score(champion, serving.challenger(), first, second, p);
		}
		boolean firstWins = ServingModel.firstWins(p, first, second);
		Map<String, Double> probabilities = new LinkedHashMap<>(4);
		probabilities.put(first.name(), p);
		probabilities.put(second.name(), 1.0 - p);
		return new DuelResponse(first.name(), second.name(), firstWins ? first.name() : second.name(),
				firstWins ? p : 1.0 - p, probabilities, model.version(), variant,
				(System.nanoTime() - startNanos) / 1_000_000.0);
	}

	private static ProblemException unknown(@Nullable String name1, @Nullable String name2) {
		List<FieldViolation> unknown = new ArrayList<>(2);
		if (name1 != null) {
			unknown.add(new FieldViolation("name1", "no warrior named '" + name1 + "'"));
		}
		if (name2 != null) {
			unknown.add(new FieldViolation("name2", "no warrior named '" + name2 + "'"));
		}
		ProblemDetail problem = ProblemType.UNKNOWN_WARRIOR
			.detail(String.join("; ", unknown.stream().map(FieldViolation::message).toList())
					+ ". Users are known from the latest ETL run on; POST /duel takes warriors inline.");
		problem.setProperty("errors", unknown);
		return new ProblemException(problem);
	}

}

package dev.scaleswell.predict.rating;

import java.util.List;

import dev.scaleswell.model.validation.InputValidator;
import dev.scaleswell.model.validation.Validated;
import dev.scaleswell.model.warrior.WarriorProfile;
import dev.scaleswell.predict.directory.DirectoryHolder;
import dev.scaleswell.predict.directory.ProfileSpace;
import dev.scaleswell.predict.directory.Warrior;
import dev.scaleswell.predict.model.ModelHolder;
import dev.scaleswell.predict.model.ServingModel;
import dev.scaleswell.service.problem.ProblemType;
import dev.scaleswell.predict.system.NotReady;
import dev.scaleswell.service.problem.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RatingController {

	private final InputValidator validator;

	private final ProfileSpace space;

	private final DirectoryHolder directory;

	private final ModelHolder models;

	RatingController(InputValidator validator, ProfileSpace space, DirectoryHolder directory, ModelHolder models) {
		this.validator = validator;
		this.space = space;
		this.directory = directory;
		this.models = models;
	}

	@PostMapping(path = "/warriors/rating", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "A warrior's rating under the champion",
			description = "Body {name, age, hero}, validated as submissions are. The rating is the mean probability of "
					+ "beating every hero, as the ETL rates users.")
	RatingResponse rate(@RequestBody JsonNode body) {
		long start = System.nanoTime();
		Validated<WarriorProfile> validated = this.validator.warrior(body);
		if (validated instanceof Validated.Invalid<WarriorProfile> invalid) {
			throw new ProblemException(ProblemType.invalid(invalid.violations()));
		}
		WarriorProfile profile = ((Validated.Valid<WarriorProfile>) validated).value();
		ServingModel champion = this.models.current().champion();
		if (champion == null) {
			throw NotReady.noModelYet();
		}
		Warrior warrior = new Warrior(profile.identityKey(), profile, this.space.indexOf(profile));
		List<Warrior> heroes = this.directory.current().heroes();
		double sum = 0;
		Warrior best = heroes.getFirst();
		Warrior worst = best;
		double bestP = Double.NEGATIVE_INFINITY;
		double worstP = Double.POSITIVE_INFINITY;
		for (Warrior hero : heroes) {
			double p = champion.probability(warrior, hero);
			sum += p;
			if (p > bestP) {
				bestP = p;
				best = hero;
			}
			if (p < worstP) {
				worstP = p;
				worst = hero;
			}
		}
		return new RatingResponse(sum / heroes.size(), new RatingResponse.Matchup(best.name(), bestP),
				new RatingResponse.Matchup(worst.name(), worstP), champion.version(),
				(System.nanoTime() - start) / 1_000_000.0);
	}

}

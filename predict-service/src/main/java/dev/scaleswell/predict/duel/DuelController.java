package dev.scaleswell.predict.duel;

import java.util.ArrayList;
import java.util.List;

import dev.scaleswell.model.validation.FieldViolation;
import dev.scaleswell.model.validation.InputValidator;
import dev.scaleswell.model.validation.Validated;
import dev.scaleswell.model.warrior.WarriorProfile;
import dev.scaleswell.predict.directory.ProfileSpace;
import dev.scaleswell.predict.directory.Warrior;
import dev.scaleswell.service.problem.ProblemType;
import dev.scaleswell.service.problem.ProblemException;
import dev.scaleswell.predict.system.WebProperties;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class DuelController {

	private final DuelService duels;

	private final InputValidator validator;

	private final ProfileSpace space;

	private final int maxParameterLength;

	DuelController(DuelService duels, InputValidator validator, ProfileSpace space, WebProperties web) {
		this.duels = duels;
		this.validator = validator;
		this.space = space;
		this.maxParameterLength = web.maxParameterLength();
	}

	/**
	 * The names are read from the request, not bound with {@code @RequestParam}: binding
	 * looks up a String-to-String conversion keyed by the parameter's annotations, and
	 * comparing those annotation proxies made about 5% of this, the hottest endpoint's,
	 * allocation (JFR), with the CPU to go with it.
	 */
	@GetMapping(path = "/duel", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Who wins a duel between two known warriors",
			description = "Names resolve case-insensitively to heroes (at their prime age) and to users of the latest "
					+ "ETL snapshot. A user submitted after that snapshot is unknown (404) until the next ETL run; "
					+ "POST /duel takes warriors inline.")
	@Parameter(name = "name1", in = ParameterIn.QUERY, required = true, description = "first warrior's name")
	@Parameter(name = "name2", in = ParameterIn.QUERY, required = true, description = "second warrior's name")
	DuelResponse duel(HttpServletRequest request) {
		long start = System.nanoTime();
		String name1 = request.getParameter("name1");
		String name2 = request.getParameter("name2");
		List<FieldViolation> violations = new ArrayList<>(2);
		checkName("name1", name1, violations);
		checkName("name2", name2, violations);
		if (name1 == null || name2 == null || !violations.isEmpty()) {
			throw new ProblemException(ProblemType.invalid(violations));
		}
		return this.duels.duel(name1, name2, start);
	}

	@PostMapping(path = "/duel", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Who wins a duel between two warriors given inline",
			description = "Body {warrior1: {name, age, hero}, warrior2: {name, age, hero}}, validated as submissions are.")
	DuelResponse duel(@RequestBody JsonNode body) {
		long start = System.nanoTime();
		List<FieldViolation> violations = new ArrayList<>();
		if (!body.isObject()) {
			violations.add(new FieldViolation("body", "body must be a JSON object {warrior1, warrior2}"));
			throw new ProblemException(ProblemType.invalid(violations));
		}
		WarriorProfile first = warrior("warrior1", body.get("warrior1"), violations);
		WarriorProfile second = warrior("warrior2", body.get("warrior2"), violations);
		if (!violations.isEmpty() || first == null || second == null) {
			throw new ProblemException(ProblemType.invalid(violations));
		}
		return this.duels.duel(resolved(first), resolved(second), start);
	}

	private void checkName(String field, @Nullable String value, List<FieldViolation> violations) {
		if (value == null || value.isBlank()) {
			violations.add(new FieldViolation(field, field + " is required"));
		}
		else if (value.length() > this.maxParameterLength) {
			violations.add(new FieldViolation(field,
					field + " must be at most " + this.maxParameterLength + " characters, was " + value.length()));
		}
	}

	private @Nullable WarriorProfile warrior(String field, @Nullable JsonNode node, List<FieldViolation> violations) {
		if (node == null || node.isNull() || node.isMissingNode()) {
			violations.add(new FieldViolation(field, field + " is required"));
			return null;
		}
		Validated<WarriorProfile> validated = this.validator.warrior(node);
		if (validated instanceof Validated.Invalid<WarriorProfile> invalid) {
			for (FieldViolation violation : invalid.violations()) {
				boolean whole = violation.field().equals("body");
				violations.add(new FieldViolation(whole ? field : field + "." + violation.field(),
						whole ? violation.message().replaceFirst("^body", field) : field + "." + violation.message()));
			}
			return null;
		}
		return ((Validated.Valid<WarriorProfile>) validated).value();
	}

	private Warrior resolved(WarriorProfile profile) {
		return new Warrior(profile.identityKey(), profile, this.space.indexOf(profile));
	}

}

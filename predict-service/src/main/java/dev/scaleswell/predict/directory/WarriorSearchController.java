package dev.scaleswell.predict.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import dev.scaleswell.model.validation.FieldViolation;
import dev.scaleswell.predict.directory.WarriorIndex.Match;
import dev.scaleswell.service.problem.ProblemException;
import dev.scaleswell.service.problem.ProblemType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Suggestions while typing a duel: the warriors a duel can name (heroes and the users of
 * the latest ETL snapshot) whose name starts with a prefix, a bounded few at a time.
 */
@RestController
class WarriorSearchController {

	static final int MAX_PREFIX_LENGTH = 64;

	static final int DEFAULT_LIMIT = 10;

	static final int MAX_LIMIT = 50;

	private final DirectoryHolder holder;

	/** The index of the directory last searched; rebuilt when the ETL replaces it. */
	private final AtomicReference<@Nullable WarriorIndex> index = new AtomicReference<>();

	WarriorSearchController(DirectoryHolder holder) {
		this.holder = holder;
	}

	@GetMapping(path = "/warriors", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Warriors whose name starts with a prefix (case-insensitive), for suggestions",
			description = "Heroes and users of the latest ETL snapshot, in name order; at most limit of them.")
	Warriors search(
			@Parameter(description = "the start of a name, 1-" + MAX_PREFIX_LENGTH + " characters") @RequestParam(
					required = false) @Nullable String prefix,
			@Parameter(description = "most warriors to return, 1-" + MAX_LIMIT + " (default " + DEFAULT_LIMIT
					+ ")") @RequestParam(required = false) @Nullable String limit) {
		List<FieldViolation> violations = new ArrayList<>(2);
		if (prefix == null || prefix.isBlank()) {
			violations.add(new FieldViolation("prefix", "prefix is required"));
		}
		else if (prefix.length() > MAX_PREFIX_LENGTH) {
			violations.add(new FieldViolation("prefix",
					"prefix must be at most " + MAX_PREFIX_LENGTH + " characters, was " + prefix.length()));
		}
		int max = limit(limit, violations);
		if (!violations.isEmpty() || prefix == null) {
			throw new ProblemException(ProblemType.invalid(violations));
		}
		return new Warriors(current().search(prefix, max));
	}

	private WarriorIndex current() {
		WarriorDirectory directory = this.holder.current();
		WarriorIndex known = this.index.get();
		if (known != null && known.indexes(directory)) {
			return known;
		}
		WarriorIndex fresh = WarriorIndex.of(directory);
		this.index.set(fresh);
		return fresh;
	}

	private static int limit(@Nullable String value, List<FieldViolation> violations) {
		if (value == null) {
			return DEFAULT_LIMIT;
		}
		try {
			int limit = Integer.parseInt(value.strip());
			if (limit >= 1 && limit <= MAX_LIMIT) {
				return limit;
			}
		}
		catch (NumberFormatException ex) {
			// reported below, as an out-of-range value is
		}
		violations.add(new FieldViolation("limit", "limit must be an integer from 1 to " + MAX_LIMIT));
		return DEFAULT_LIMIT;
	}

	/** The warriors found, in name order. */
	record Warriors(List<Match> warriors) {
	}

}

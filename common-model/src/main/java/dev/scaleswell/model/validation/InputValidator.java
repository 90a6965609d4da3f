package dev.scaleswell.model.validation;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.scaleswell.model.hero.Hero;
import dev.scaleswell.model.hero.HeroCatalog;
import dev.scaleswell.model.record.DuelOutcome;
import dev.scaleswell.model.warrior.Names;
import dev.scaleswell.model.warrior.WarriorProfile;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The one set of input rules, used by the HTTP edge and by the ETL alike. It reads
 * loosely-typed JSON so that wrong types are reported as violations, and it reports every
 * violation at once.
 * <ul>
 * <li>name: 1-64 characters of letters, digits, spaces, {@code -}, {@code '}, {@code .}
 * after normalisation; a user may not take a hero's name</li>
 * <li>age: an integer 13-100</li>
 * <li>hero: a hero of the catalog, matched case-insensitively</li>
 * </ul>
 */
public final class InputValidator {

	public static final int MAX_NAME_LENGTH = 64;

	public static final int MIN_AGE = 13;

	public static final int MAX_AGE = 100;

	private static final Pattern NAME_CHARACTER = Pattern.compile("[\\p{L}\\p{M}\\p{Nd} \\-'.]");

	private final HeroCatalog heroes;

	private final String heroNames;

	public InputValidator(HeroCatalog heroes) {
		this.heroes = heroes;
		this.heroNames = heroes.all().stream().map(Hero::name).collect(Collectors.joining(", ", "[", "]"));
	}

	/** The validator over the standard hero catalog. */
	public static InputValidator standard() {
		return new InputValidator(HeroCatalog.standard());
	}

	/**
	 * Validates a submitted warrior {@code {name, age, hero}}; a user may not take a
	 * hero's name.
	 */
	public Validated<WarriorProfile> warrior(JsonNode body) {
		if (!body.isObject()) {
			return invalid("body", "body must be a JSON object, was " + describe(body));
		}
		List<FieldViolation> violations = new ArrayList<>();
		String name = name("name", body.get("name"), violations);
		Integer age = age(body.get("age"), violations);
		Hero hero = hero(body.get("hero"), violations);
		return warrior(name, age, hero, violations);
	}

	/**
	 * Validates a warrior whose fields already have their JSON types (a string, an
	 * integer, a string), as a streaming reader sees them: the same rules as
	 * {@link #warrior(JsonNode)}.
	 */
	public Validated<WarriorProfile> warrior(String rawName, int rawAge, String rawHero) {
		List<FieldViolation> violations = new ArrayList<>(0);
		String name = nameContent("name", rawName, violations);
		Integer age = ageInRange(rawAge, Integer.toString(rawAge), violations);
		Hero hero = heroContent(rawHero, violations);
		return warrior(name, age, hero, violations);
	}

	private Validated<WarriorProfile> warrior(@Nullable String name, @Nullable Integer age, @Nullable Hero hero,
			List<FieldViolation> violations) {
		if (name != null && this.heroes.isHeroName(name)) {
			// reported first, where a submission's field order puts it
			violations.add(0, new FieldViolation("name", "name '" + name + "' is reserved for a hero"));
		}
		if (!violations.isEmpty() || name == null || age == null || hero == null) {
			return new Validated.Invalid<>(violations);
		}
		return new Validated.Valid<>(new WarriorProfile(name, age, hero));
	}

	/**
	 * Validates a recorded duel {@code {name1, name2, winner, occurredAt?}}: two
	 * different valid names (heroes included), a winner equal to one of them after
	 * normalisation, and an optional ISO-8601 instant.
	 */
	public Validated<DuelOutcome> duelResult(JsonNode body) {
		if (!body.isObject()) {
			return invalid("body", "body must be a JSON object, was " + describe(body));
		}
		List<FieldViolation> violations = new ArrayList<>();
		String name1 = name("name1", body.get("name1"), violations);
		String name2 = name("name2", body.get("name2"), violations);
		String winner = name("winner", body.get("winner"), violations);
		if (name1 != null && name2 != null && Names.identityKey(name1).equals(Names.identityKey(name2))) {
			violations.add(new FieldViolation("name2", "name2 must differ from name1, both were '" + name1 + "'"));
		}
		if (name1 != null && name2 != null && winner != null) {
			String winnerKey = Names.identityKey(winner);
			if (winnerKey.equals(Names.identityKey(name1))) {
				winner = name1;
			}
			else if (winnerKey.equals(Names.identityKey(name2))) {
				winner = name2;
			}
			else {
				violations.add(new FieldViolation("winner",
						"winner must be name1 or name2 ('" + name1 + "' or '" + name2 + "'), was '" + winner + "'"));
			}
		}
		Instant occurredAt = occurredAt(body.get("occurredAt"), violations);
		if (!violations.isEmpty() || name1 == null || name2 == null || winner == null) {
			return new Validated.Invalid<>(violations);
		}
		return new Validated.Valid<>(new DuelOutcome(name1, name2, winner, occurredAt));
	}

	private @Nullable String name(String field, @Nullable JsonNode node, List<FieldViolation> violations) {
		if (isAbsent(node)) {
			violations.add(new FieldViolation(field, field + " is required"));
			return null;
		}
		if (!node.isString()) {
			violations.add(new FieldViolation(field, field + " must be a string, was " + describe(node)));
			return null;
		}
		return nameContent(field, node.stringValue(), violations);
	}

	private static @Nullable String nameContent(String field, String raw, List<FieldViolation> violations) {
		String name = Names.normalise(raw);
		int length = name.codePointCount(0, name.length());
		if (length == 0) {
			violations.add(new FieldViolation(field, field + " must not be blank"));
			return null;
		}
		if (length > MAX_NAME_LENGTH) {
			violations.add(new FieldViolation(field,
					field + " must be at most " + MAX_NAME_LENGTH + " characters, was " + length));
			return null;
		}
		if (name.codePoints().allMatch(InputValidator::isNameCharacter)) {
			return name;
		}
		String illegal = name.codePoints()
			.filter((cp) -> !isNameCharacter(cp))
			.distinct()
			.limit(5)
			.collect(StringBuilder::new, (sb, cp) -> sb.append(sb.isEmpty() ? "" : ", ").append(quote(cp)),
					StringBuilder::append)
			.toString();
		violations.add(new FieldViolation(field,
				field + " may contain only letters, digits, spaces, '-', ''' and '.', found " + illegal));
		return null;
	}

	/** ASCII by hand (nearly every name), the rest by the Unicode classes. */
	private static boolean isNameCharacter(int cp) {
		if (cp < 0x80) {
			return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == ' '
					|| cp == '-' || cp == '\'' || cp == '.';
		}
		return NAME_CHARACTER.matcher(Character.toString(cp)).matches();
	}

	private static @Nullable Integer age(@Nullable JsonNode node, List<FieldViolation> violations) {
		if (isAbsent(node)) {
			violations.add(new FieldViolation("age", "age is required"));
			return null;
		}
		if (!node.isIntegralNumber()) {
			violations.add(new FieldViolation("age", "age must be an integer, was " + describe(node)));
			return null;
		}
		if (!node.canConvertToInt()) {
			violations.add(new FieldViolation("age",
					"age must be between " + MIN_AGE + " and " + MAX_AGE + ", was " + node.asString()));
			return null;
		}
		return ageInRange(node.intValue(), node.asString(), violations);
	}

	private static @Nullable Integer ageInRange(int age, String asWritten, List<FieldViolation> violations) {
		if (age < MIN_AGE || age > MAX_AGE) {
			violations.add(new FieldViolation("age",
					"age must be between " + MIN_AGE + " and " + MAX_AGE + ", was " + asWritten));
			return null;
		}
		return age;
	}

	private @Nullable Hero hero(@Nullable JsonNode node, List<FieldViolation> violations) {
		if (isAbsent(node)) {
			violations.add(new FieldViolation("hero", "hero is required"));
			return null;
		}
		if (!node.isString()) {
			violations.add(new FieldViolation("hero", "hero must be a string, was " + describe(node)));
			return null;
		}
		return heroContent(node.stringValue(), violations);
	}

	private @Nullable Hero heroContent(String name, List<FieldViolation> violations) {
		Hero hero = this.heroes.find(name).orElse(null);
		if (hero == null) {
			violations.add(new FieldViolation("hero",
					"hero must be one of " + this.heroNames + ", was '" + abbreviate(name) + "'"));
		}
		return hero;
	}

	private static @Nullable Instant occurredAt(@Nullable JsonNode node, List<FieldViolation> violations) {
		if (isAbsent(node)) {
			return null;
		}
		if (!node.isString()) {
			violations.add(new FieldViolation("occurredAt",
					"occurredAt must be an ISO-8601 instant string, was " + describe(node)));
			return null;
		}
		try {
			return Instant.parse(node.stringValue());
		}
		catch (DateTimeParseException ex) {
			violations.add(new FieldViolation("occurredAt",
					"occurredAt must be an ISO-8601 instant such as 2026-01-31T12:00:00Z, was '"
							+ abbreviate(node.stringValue()) + "'"));
			return null;
		}
	}

	private static <T> Validated<T> invalid(String field, String message) {
		return new Validated.Invalid<>(List.of(new FieldViolation(field, message)));
	}

	private static boolean isAbsent(@Nullable JsonNode node) {
		return node == null || node.isNull() || node.isMissingNode();
	}

	private static String describe(JsonNode node) {
		if (node.isString()) {
			return "a string";
		}
		if (node.isNumber()) {
			return node.isIntegralNumber() ? "an integer" : node.asString();
		}
		if (node.isBoolean()) {
			return "a boolean";
		}
		if (node.isArray()) {
			return "an array";
		}
		if (node.isObject()) {
			return "an object";
		}
		return "null";
	}

	private static String quote(int codePoint) {
		if (Character.isISOControl(codePoint) || Character.isWhitespace(codePoint)) {
			return String.format("U+%04X", codePoint);
		}
		return "'" + Character.toString(codePoint) + "'";
	}

	private static String abbreviate(String value) {
		return value.length() <= 40 ? value : value.substring(0, 40) + "...";
	}

}

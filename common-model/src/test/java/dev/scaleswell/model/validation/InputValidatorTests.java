package dev.scaleswell.model.validation;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import dev.scaleswell.model.hero.Hero;
import dev.scaleswell.model.hero.HeroCatalog;
import dev.scaleswell.model.record.DuelOutcome;
import dev.scaleswell.model.warrior.WarriorProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class InputValidatorTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final InputValidator validator = InputValidator.standard();

	@Test
	void validWarriorShouldBeNormalisedAndResolvedToTheCatalogHero() {
		WarriorProfile warrior = valid(this.validator
			.warrior(json("{\"name\":\"  Ada   Lovelace \",\"age\":36,\"hero\":\"iron man\",\"extra\":1}")));
		assertThat(warrior.name()).isEqualTo("Ada Lovelace");
		assertThat(warrior.age()).isEqualTo(36);
		assertThat(warrior.hero().name()).isEqualTo("Iron Man");
	}

	@ParameterizedTest
	@ValueSource(ints = { 13, 14, 50, 99, 100 })
	void ageWithinThirteenToHundredShouldBeAccepted(int age) {
		assertThat(valid(this.validator.warrior(warrior("Ada", String.valueOf(age), "\"Thor\""))).age()).isEqualTo(age);
	}

	@ParameterizedTest
	@ValueSource(strings = { "12", "101", "0", "-1", "7", "2147483648", "99999999999999999999" })
	void ageOutsideThirteenToHundredShouldBeRejectedWithTheValue(String age) {
		assertThat(violations(this.validator.warrior(warrior("Ada", age, "\"Thor\""))))
			.containsExactly(new FieldViolation("age", "age must be between 13 and 100, was " + age));
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"30\"", "30.5", "true", "[30]", "{\"v\":30}" })
	void ageOfTheWrongTypeShouldBeRejected(String age) {
		assertThat(violations(this.validator.warrior(warrior("Ada", age, "\"Thor\"")))).singleElement()
			.satisfies((violation) -> {
				assertThat(violation.field()).isEqualTo("age");
				assertThat(violation.message()).startsWith("age must be an integer, was ");
			});
	}

	@Test
	void nameOfSixtyFourCharactersShouldBeAcceptedAndSixtyFiveRejected() {
		String name64 = "a".repeat(64);
		assertThat(valid(this.validator.warrior(warrior(name64, "30", "\"Thor\""))).name()).isEqualTo(name64);
		assertThat(violations(this.validator.warrior(warrior(name64 + "b", "30", "\"Thor\""))))
			.containsExactly(new FieldViolation("name", "name must be at most 64 characters, was 65"));
	}

	@Test
	void nameLengthShouldCountCharactersAfterNormalisationNotUtf16Units() {
		// 64 composed characters that arrive decomposed (128 chars before NFC)
		String decomposed = "e\u0301".repeat(64);
		assertThat(valid(this.validator.warrior(warrior(decomposed, "30", "\"Thor\""))).name())
			.isEqualTo("\u00E9".repeat(64));
	}

	@ParameterizedTest
	@ValueSource(strings = { "José", "Zoë O'Brien", "Jean-Luc Picard", "J. R. R. Tolkien", "李小龍", "Агата", "R2 D2",
			"ÅSA", "محمد" })
	void namesOfLettersDigitsSpacesHyphensApostrophesAndDotsShouldBeAccepted(String name) {
		assertThat(valid(this.validator.warrior(warrior(name, "30", "\"Thor\""))).name()).isEqualTo(name);
	}

	@ParameterizedTest
	@MethodSource("illegalNames")
	void namesWithOtherCharactersShouldBeRejectedNamingTheCharacter(String name, String found) {
		assertThat(violations(this.validator.warrior(warrior(name, "30", "\"Thor\""))))
			.containsExactly(new FieldViolation("name",
					"name may contain only letters, digits, spaces, '-', ''' and '.', found " + found));
	}

	static Stream<Arguments> illegalNames() {
		return Stream.of(Arguments.of("Robert'); DROP TABLE users;--", "')', ';'"),
				Arguments.of("<script>alert(1)</script>", "'<', '>', '(', ')', '/'"),
				Arguments.of("${jndi:ldap://x}", "'$', '{', ':', '/', '}'"), Arguments.of("a\u0000b", "U+0000"),
				Arguments.of("ada@example.com", "'@'"), Arguments.of("😀", "'😀'"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"\"", "\"   \"", "\"\\t\\n\"" })
	void blankNameShouldBeRejected(String name) {
		assertThat(violations(this.validator.warrior(json("{\"name\":" + name + ",\"age\":30,\"hero\":\"Thor\"}"))))
			.containsExactly(new FieldViolation("name", "name must not be blank"));
	}

	@Test
	void everyHeroShouldBeAcceptedInAnyCase() {
		for (Hero hero : HeroCatalog.standard().all()) {
			for (String spelling : List.of(hero.name(), hero.name().toUpperCase(), hero.name().toLowerCase())) {
				assertThat(valid(this.validator.warrior(warrior("Ada", "30", "\"" + spelling + "\""))).hero())
					.isEqualTo(hero);
			}
		}
	}

	@Test
	void unknownHeroShouldBeRejectedListingTheCatalog() {
		FieldViolation violation = violations(this.validator.warrior(warrior("Ada", "30", "\"Thanos\""))).getFirst();
		assertThat(violation.field()).isEqualTo("hero");
		assertThat(violation.message()).startsWith("hero must be one of [Thor, ").endsWith(", was 'Thanos'");
	}

	@Test
	void heroNamesShouldBeReservedForHeroes() {
		for (Hero hero : HeroCatalog.standard().all()) {
			assertThat(violations(
					this.validator.warrior(warrior(" " + hero.name().toLowerCase() + " ", "30", "\"Thor\""))))
				.containsExactly(
						new FieldViolation("name", "name '" + hero.name().toLowerCase() + "' is reserved for a hero"));
		}
	}

	@Test
	void everyViolationShouldBeReportedAtOnce() {
		assertThat(violations(this.validator.warrior(json("{\"name\":7,\"age\":\"x\"}"))))
			.extracting(FieldViolation::field)
			.containsExactly("name", "age", "hero");
		assertThat(violations(this.validator.warrior(json("{}")))).containsExactly(
				new FieldViolation("name", "name is required"), new FieldViolation("age", "age is required"),
				new FieldViolation("hero", "hero is required"));
		assertThat(violations(this.validator.warrior(json("{\"name\":null,\"age\":null,\"hero\":null}")))).hasSize(3);
	}

	@ParameterizedTest
	@ValueSource(strings = { "[]", "\"Ada\"", "42", "null" })
	void bodyThatIsNotAnObjectShouldBeRejected(String body) {
		assertThat(violations(this.validator.warrior(json(body)))).singleElement()
			.satisfies((violation) -> assertThat(violation.field()).isEqualTo("body"));
	}

	@Test
	void duelResultShouldNormaliseNamesAndSpellTheWinnerAsOneOfThem() {
		DuelOutcome outcome = valid(this.validator.duelResult(json(
				"{\"name1\":\" Ada  Lovelace\",\"name2\":\"Thor\",\"winner\":\"ADA LOVELACE\",\"occurredAt\":\"2026-01-31T12:00:00Z\"}")));
		assertThat(outcome)
			.isEqualTo(new DuelOutcome("Ada Lovelace", "Thor", "Ada Lovelace", Instant.parse("2026-01-31T12:00:00Z")));
	}

	@Test
	void duelResultWithoutOccurredAtShouldBeAccepted() {
		assertThat(valid(this.validator.duelResult(json("{\"name1\":\"Ada\",\"name2\":\"Bob\",\"winner\":\"Bob\"}")))
			.occurredAt()).isNull();
	}

	@Test
	void duelResultWhoseWinnerIsNeitherNameShouldBeRejected() {
		assertThat(
				violations(this.validator.duelResult(json("{\"name1\":\"Ada\",\"name2\":\"Bob\",\"winner\":\"Eve\"}"))))
			.containsExactly(new FieldViolation("winner", "winner must be name1 or name2 ('Ada' or 'Bob'), was 'Eve'"));
	}

	@Test
	void duelResultBetweenOneWarriorAndItselfShouldBeRejected() {
		assertThat(violations(
				this.validator.duelResult(json("{\"name1\":\"Ada\",\"name2\":\" ada \",\"winner\":\"Ada\"}"))))
			.containsExactly(new FieldViolation("name2", "name2 must differ from name1, both were 'Ada'"));
	}

	@Test
	void duelResultWithAMalformedInstantShouldBeRejected() {
		assertThat(violations(this.validator
			.duelResult(json("{\"name1\":\"Ada\",\"name2\":\"Bob\",\"winner\":\"Bob\",\"occurredAt\":\"yesterday\"}"))))
			.extracting(FieldViolation::field)
			.containsExactly("occurredAt");
	}

	private static JsonNode warrior(String name, String ageJson, String heroJson) {
		return json(
				"{\"name\":" + JSON.writeValueAsString(name) + ",\"age\":" + ageJson + ",\"hero\":" + heroJson + "}");
	}

	private static JsonNode json(String text) {
		return JSON.readTree(text);
	}

	private static <T> T valid(Validated<T> validated) {
		assertThat(validated).isInstanceOf(Validated.Valid.class);
		return ((Validated.Valid<T>) validated).value();
	}

	private static <T> List<FieldViolation> violations(Validated<T> validated) {
		assertThat(validated).isInstanceOf(Validated.Invalid.class);
		return ((Validated.Invalid<T>) validated).violations();
	}

}

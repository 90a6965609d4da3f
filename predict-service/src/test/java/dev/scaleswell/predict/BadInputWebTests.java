package dev.scaleswell.predict;

import dev.scaleswell.model.hero.HeroCatalog;
import dev.scaleswell.model.validation.InputValidator;
import dev.scaleswell.predict.directory.DirectoryHolder;
import dev.scaleswell.predict.directory.ProfileSpace;
import dev.scaleswell.predict.duel.DuelService;
import dev.scaleswell.predict.model.ModelHolder;
import dev.scaleswell.predict.model.OnlineFigures;
import dev.scaleswell.predict.routing.ShadowProperties;
import dev.scaleswell.predict.routing.ShadowScorer;
import dev.scaleswell.predict.system.WebProperties;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.util.unit.DataSize;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every endpoint's answer to bad input: a problem detail with its catalogued type URI,
 * never a 500. The directory holds only the heroes and no model is loaded, which is all
 * that input checks need.
 */
@WebMvcTest
@Import(BadInputWebTests.Beans.class)
class BadInputWebTests {

	static final String PROBLEMS = "https://scaleswell.dev/problems/";

	@Autowired
	MockMvc mvc;

	@Test
	void duelWithoutNamesShouldAnswer400NamingBothFields() throws Exception {
		problem(this.mvc.perform(get("/duel")), 400, "invalid-input").andExpect(jsonPath("$.errors", hasSize(2)))
			.andExpect(jsonPath("$.errors[0].field").value("name1"))
			.andExpect(jsonPath("$.errors[1].field").value("name2"));
	}

	@Test
	void duelWhenANameExceedsTheParameterLimitShouldAnswer400() throws Exception {
		problem(this.mvc.perform(get("/duel").param("name1", "a".repeat(257)).param("name2", "Thor")), 400,
				"invalid-input")
			.andExpect(jsonPath("$.detail", containsString("at most 256 characters")));
	}

	@Test
	void duelOfAWarriorWithItselfShouldAnswer400() throws Exception {
		problem(this.mvc.perform(get("/duel").param("name1", "Thor").param("name2", " THOR ")), 400, "invalid-input")
			.andExpect(jsonPath("$.detail", containsString("cannot duel itself")));
	}

	@Test
	void duelWithAnUnknownNameShouldAnswer404NamingIt() throws Exception {
		problem(this.mvc.perform(get("/duel").param("name1", "Nobody Known").param("name2", "Thor")), 404,
				"unknown-warrior")
			.andExpect(jsonPath("$.errors", hasSize(1)))
			.andExpect(jsonPath("$.errors[0].field").value("name1"))
			.andExpect(jsonPath("$.detail", containsString("Nobody Known")));
	}

	@Test
	void duelBeforeAnyModelIsLoadedShouldAnswer503WithRetryAfter() throws Exception {
		problem(this.mvc.perform(get("/duel").param("name1", "Thor").param("name2", "Hulk")), 503, "not-ready")
			.andExpect(header().exists("Retry-After"));
	}

	@Test
	void inlineDuelWithInvalidWarriorsShouldAnswer400PerField() throws Exception {
		problem(this.mvc.perform(post("/duel").contentType(MediaType.APPLICATION_JSON)
			.content("{\"warrior1\": {\"name\": \"Al<script>\", \"age\": 5, \"hero\": \"Nope\"}}")), 400,
				"invalid-input")
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("warrior1.name",
					"warrior1.age", "warrior1.hero", "warrior2")));
	}

	@Test
	void inlineDuelWithABodyThatIsNotAnObjectShouldAnswer400() throws Exception {
		problem(this.mvc.perform(post("/duel").contentType(MediaType.APPLICATION_JSON).content("[1, 2]")), 400,
				"invalid-input");
	}

	@Test
	void inlineDuelWithMalformedJsonShouldAnswer400WithoutInternals() throws Exception {
		problem(this.mvc.perform(post("/duel").contentType(MediaType.APPLICATION_JSON).content("{\"warrior1\": ")), 400,
				"malformed-request")
			.andExpect(content().string(not(containsString("Exception"))));
	}

	@Test
	void inlineDuelWithAnotherMediaTypeShouldAnswer415() throws Exception {
		problem(this.mvc.perform(post("/duel").contentType(MediaType.TEXT_PLAIN).content("Thor vs Hulk")), 415,
				"unsupported-media-type");
	}

	@Test
	void ratingOfAnInvalidWarriorShouldAnswer400PerField() throws Exception {
		problem(this.mvc.perform(post("/warriors/rating").contentType(MediaType.APPLICATION_JSON).content("{}")), 400,
				"invalid-input")
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("name", "age", "hero")));
	}

	@Test
	void ratingOfAHeroNameShouldAnswer400() throws Exception {
		problem(this.mvc.perform(post("/warriors/rating").contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"thor\", \"age\": 30, \"hero\": \"Hulk\"}")), 400, "invalid-input")
			.andExpect(jsonPath("$.detail", containsString("reserved")));
	}

	@Test
	void inferWithAWrongShapeShouldAnswer400() throws Exception {
		problem(this.mvc.perform(post("/v2/models/duel/infer").contentType(MediaType.APPLICATION_JSON)
			.content("{\"inputs\": [{\"name\": \"features\", \"shape\": [1, 3], \"datatype\": \"FP64\", "
					+ "\"data\": [1, 2, 3]}]}")),
				400, "invalid-input")
			.andExpect(jsonPath("$.errors[0].field").value("inputs[0].shape"));
	}

	@Test
	void inferWithTooFewNumbersShouldAnswer400() throws Exception {
		problem(this.mvc.perform(post("/v2/models/duel/infer").contentType(MediaType.APPLICATION_JSON)
			.content("{\"inputs\": [{\"name\": \"features\", \"shape\": [2, 18], \"datatype\": \"FP64\", "
					+ "\"data\": [1, 2, 3]}]}")),
				400, "invalid-input")
			.andExpect(jsonPath("$.errors[0].field").value("inputs[0].data"));
	}

	@Test
	void inferWithoutInputsShouldAnswer400() throws Exception {
		problem(this.mvc.perform(post("/v2/models/duel/infer").contentType(MediaType.APPLICATION_JSON).content("{}")),
				400, "invalid-input");
	}

	@Test
	void inferOnAnUnknownModelShouldAnswer404() throws Exception {
		problem(this.mvc.perform(
				post("/v2/models/other/infer").contentType(MediaType.APPLICATION_JSON).content("{\"inputs\": []}")),
				404, "unknown-model");
	}

	@Test
	void oipReadinessBeforeAnyModelShouldAnswer503() throws Exception {
		problem(this.mvc.perform(get("/v2/health/ready")), 503, "not-ready");
	}

	@Test
	void unknownPathShouldAnswer404Problem() throws Exception {
		problem(this.mvc.perform(get("/no/such/thing")), 404, "not-found");
	}

	@Test
	void unsupportedMethodShouldAnswer405Problem() throws Exception {
		problem(this.mvc.perform(delete("/duel")), 405, "method-not-allowed");
	}

	@Test
	void modelsBeforeAnyModelListsNone() throws Exception {
		this.mvc.perform(get("/models"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.champion").isEmpty())
			.andExpect(jsonPath("$.challenger").isEmpty());
	}

	private static ResultActions problem(ResultActions result, int status, String type) throws Exception {
		return result.andExpect(status().is(status))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value(PROBLEMS + type))
			.andExpect(jsonPath("$.status").value(status))
			.andExpect(jsonPath("$.title").isNotEmpty());
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Beans {

		@Bean
		MeterRegistry meterRegistry() {
			return new SimpleMeterRegistry();
		}

		@Bean
		ProfileSpace profileSpace() {
			return new ProfileSpace(HeroCatalog.standard());
		}

		@Bean
		DirectoryHolder directoryHolder(ProfileSpace space) {
			return new DirectoryHolder(HeroCatalog.standard(), space);
		}

		@Bean
		ModelHolder modelHolder() {
			return new ModelHolder();
		}

		@Bean
		OnlineFigures onlineFigures() {
			return new OnlineFigures();
		}

		@Bean
		InputValidator inputValidator() {
			return InputValidator.standard();
		}

		@Bean
		WebProperties webProperties() {
			return new WebProperties(DataSize.ofKilobytes(64), 256);
		}

		@Bean
		ShadowScorer shadowScorer(MeterRegistry meters) {
			return new ShadowScorer(new ShadowProperties(1, 16), meters);
		}

		@Bean
		DuelService duelService(DirectoryHolder directory, ModelHolder models, ShadowScorer shadow) {
			return new DuelService(directory, models, shadow);
		}

	}

}

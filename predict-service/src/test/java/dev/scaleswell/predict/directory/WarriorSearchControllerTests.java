package dev.scaleswell.predict.directory;

import java.util.List;

import dev.scaleswell.model.hero.HeroCatalog;
import dev.scaleswell.model.warrior.WarriorProfile;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(WarriorSearchController.class)
@Import(WarriorSearchControllerTests.Beans.class)
class WarriorSearchControllerTests {

	static final HeroCatalog catalog = HeroCatalog.standard();

	static final ProfileSpace space = new ProfileSpace(catalog);

	@Autowired
	MockMvc mvc;

	@Autowired
	DirectoryHolder holder;

	@Test
	void searchShouldAnswerHeroesAndUsersStartingWithThePrefixInNameOrder() throws Exception {
		users("Thora", "thom", "Ada");
		this.mvc.perform(get("/warriors").param("prefix", "tho"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.warriors[*].name").value(contains("thom", "Thor", "Thora")))
			.andExpect(jsonPath("$.warriors[1].kind").value("hero"))
			.andExpect(jsonPath("$.warriors[1].age").value(30))
			.andExpect(jsonPath("$.warriors[2].kind").value("user"))
			.andExpect(jsonPath("$.warriors[2].hero").value("Hulk"));
	}

	@Test
	void searchShouldMatchAsNamesAreMatchedIgnoringCaseAndOuterSpaces() throws Exception {
		users("Ada Lovelace");
		this.mvc.perform(get("/warriors").param("prefix", "  ADA  LOVE"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.warriors[*].name").value(contains("Ada Lovelace")));
	}

	@Test
	void searchShouldAnswerAtMostLimitWarriors() throws Exception {
		users("W1", "W2", "W3", "W4");
		this.mvc.perform(get("/warriors").param("prefix", "w").param("limit", "2"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.warriors[*].name").value(contains("W1", "W2")));
	}

	@Test
	void searchAfterTheEtlReplacedTheDirectoryShouldFindItsNewUsers() throws Exception {
		users("Before");
		this.mvc.perform(get("/warriors").param("prefix", "bef")).andExpect(jsonPath("$.warriors", hasSize(1)));
		users("After");
		this.mvc.perform(get("/warriors").param("prefix", "bef")).andExpect(jsonPath("$.warriors", hasSize(0)));
		this.mvc.perform(get("/warriors").param("prefix", "aft"))
			.andExpect(jsonPath("$.warriors[*].name").value(contains("After")));
	}

	@Test
	void searchWithoutPrefixShouldAnswer400NamingTheField() throws Exception {
		invalid(this.mvc.perform(get("/warriors"))).andExpect(jsonPath("$.errors[0].field").value("prefix"));
		invalid(this.mvc.perform(get("/warriors").param("prefix", "   ")))
			.andExpect(jsonPath("$.errors[0].field").value("prefix"));
	}

	@Test
	void searchWithAPrefixOverSixtyFourCharactersShouldAnswer400() throws Exception {
		invalid(this.mvc.perform(get("/warriors").param("prefix", "a".repeat(65))))
			.andExpect(jsonPath("$.detail", containsString("at most 64 characters")));
	}

	@Test
	void searchWithALimitOutsideOneToFiftyShouldAnswer400() throws Exception {
		for (String limit : List.of("0", "51", "ten", "-1")) {
			invalid(this.mvc.perform(get("/warriors").param("prefix", "t").param("limit", limit)))
				.andExpect(jsonPath("$.errors[0].field").value("limit"));
		}
	}

	@Test
	void searchWithEveryInputWrongShouldNameEveryField() throws Exception {
		invalid(this.mvc.perform(get("/warriors").param("limit", "1000"))).andExpect(jsonPath("$.errors", hasSize(2)));
	}

	private ResultActions invalid(ResultActions result) throws Exception {
		return result.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://scaleswell.dev/problems/invalid-input"));
	}

	private void users(String... names) {
		List<WarriorProfile> users = java.util.Arrays.stream(names)
			.map((name) -> new WarriorProfile(name, 20, catalog.find("Hulk").orElseThrow()))
			.toList();
		this.holder.replace(WarriorDirectory.of(catalog, space, users, null));
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Beans {

		@Bean
		DirectoryHolder directoryHolder() {
			return new DirectoryHolder(catalog, space);
		}

	}

}

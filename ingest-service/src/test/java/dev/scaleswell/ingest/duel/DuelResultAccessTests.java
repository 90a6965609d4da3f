package dev.scaleswell.ingest.duel;

import dev.scaleswell.ingest.idempotency.IdempotencyProperties;
import dev.scaleswell.ingest.idempotency.IdempotentRequests;
import dev.scaleswell.ingest.storage.DurableWrites;
import dev.scaleswell.ingest.storage.StoredObject;
import dev.scaleswell.ingest.system.ApiProperties;
import dev.scaleswell.ingest.system.JsonBodyReader;
import dev.scaleswell.model.validation.InputValidator;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * API keys and rate limits on the write endpoints, with both switched on.
 */
@WebMvcTest(controllers = DuelResultController.class,
		properties = { "scaleswell.ingest.api.api-keys=key-one,key-two",
				"scaleswell.ingest.api.rate-limit.enabled=true",
				"scaleswell.ingest.api.rate-limit.requests-per-second=1", "scaleswell.ingest.api.rate-limit.burst=2" })
@Import({ JsonBodyReader.class, IdempotentRequests.class, DuelResultAccessTests.Beans.class })
class DuelResultAccessTests {

	private static final String DUEL = "{\"name1\":\"Ada\",\"name2\":\"Thor\",\"winner\":\"thor\"}";

	@Autowired
	MockMvc mvc;

	@MockitoBean
	DurableWrites writes;

	@BeforeEach
	void stubs() {
		given(this.writes.store(any())).willReturn(new StoredObject("raw/duel-results/x.jsonl.gz", 1));
	}

	@Test
	void recordWithoutApiKeyShouldAnswer401AndStoreNothing() throws Exception {
		this.mvc.perform(duel())
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.type").value("https://scaleswell.dev/problems/unauthorized"));
		this.mvc.perform(duel().header("X-API-Key", "wrong")).andExpect(status().isUnauthorized());
		verify(this.writes, never()).store(any());
	}

	@Test
	void recordWithAKnownKeyShouldAnswer201WithTheWinnerAsNamed() throws Exception {
		this.mvc.perform(duel().header("X-API-Key", "key-one"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.winner").value("Thor"))
			.andExpect(jsonPath("$.occurredAt").doesNotExist());
	}

	@Test
	void recordBeyondTheBurstShouldAnswer429WithRetryAfter() throws Exception {
		// Burst 2 at 1/s: however slow this machine, ten requests in a row exhaust it.
		MvcResult refused = null;
		for (int i = 0; i < 10 && refused == null; i++) {
			MvcResult result = this.mvc.perform(duel().header("X-API-Key", "key-two")).andReturn();
			if (result.getResponse().getStatus() == 429) {
				refused = result;
			}
		}
		assertThat(refused).as("a 429 within ten requests").isNotNull();
		assertThat(refused.getResponse().getHeader("Retry-After")).isEqualTo("1");
		assertThat(refused.getResponse().getContentAsString()).contains("https://scaleswell.dev/problems/rate-limited");
	}

	@Test
	void getOnAWriteEndpointNeedsNoKeyAndAnswers405() throws Exception {
		this.mvc.perform(get("/duel-results"))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(jsonPath("$.type").value("https://scaleswell.dev/problems/method-not-allowed"));
	}

	@Test
	void recordWithInvalidOccurredAtShouldAnswer400() throws Exception {
		this.mvc
			.perform(post("/duel-results").contentType(MediaType.APPLICATION_JSON)
				.header("X-API-Key", "key-one")
				.content("{\"name1\":\"Ada\",\"name2\":\"Thor\",\"winner\":\"Ada\",\"occurredAt\":\"yesterday\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("occurredAt"));
	}

	private static MockHttpServletRequestBuilder duel() {
		return post("/duel-results").contentType(MediaType.APPLICATION_JSON).content(DUEL);
	}

	@TestConfiguration(proxyBeanMethods = false)
	@EnableConfigurationProperties({ ApiProperties.class, IdempotencyProperties.class })
	static class Beans {

		@Bean
		InputValidator inputValidator() {
			return InputValidator.standard();
		}

		@Bean
		MeterRegistry meterRegistry() {
			return new SimpleMeterRegistry();
		}

	}

}

package dev.scaleswell.ingest.submission;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import dev.scaleswell.ingest.idempotency.IdempotencyProperties;
import dev.scaleswell.ingest.idempotency.IdempotentRequests;
import dev.scaleswell.ingest.prediction.PredictionClient;
import dev.scaleswell.ingest.prediction.PredictionResult;
import dev.scaleswell.ingest.storage.DurableWrites;
import dev.scaleswell.ingest.storage.StorageUnavailableException;
import dev.scaleswell.ingest.storage.StoredObject;
import dev.scaleswell.ingest.system.ApiProperties;
import dev.scaleswell.ingest.system.JsonBodyReader;
import dev.scaleswell.model.record.Submission;
import dev.scaleswell.model.validation.InputValidator;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(SubmissionController.class)
@Import({ JsonBodyReader.class, IdempotentRequests.class, SubmissionControllerTests.Validation.class })
class SubmissionControllerTests {

	private static final String PROBLEM = "https://scaleswell.dev/problems/";

	@Autowired
	MockMvc mvc;

	@MockitoBean
	DurableWrites writes;

	@MockitoBean
	PredictionClient predictions;

	@BeforeEach
	void stubs() {
		given(this.writes.store(any())).willReturn(new StoredObject("raw/submissions/x.jsonl.gz", 1));
		given(this.predictions.predict(any()))
			.willReturn(CompletableFuture.completedFuture(PredictionResult.unavailable()));
	}

	@Test
	void submitWhenValidShouldStoreAndAnswer201WithNormalisedWarrior() throws Exception {
		this.mvc
			.perform(post("/submit-user-data").contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"  Ada   Lovelace \",\"age\":36,\"hero\":\"thor\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.name").value("Ada Lovelace"))
			.andExpect(jsonPath("$.hero").value("Thor"))
			.andExpect(jsonPath("$.age").value(36))
			.andExpect(jsonPath("$.id").isString())
			.andExpect(jsonPath("$.receivedAt").isString())
			.andExpect(jsonPath("$.predictionStatus").value("unavailable"))
			.andExpect(header().string("Server-Timing", containsString("store;dur=")));
		verify(this.writes).store(any(Submission.class));
	}

	@Test
	void submitWhenFieldsAreMissingShouldAnswer400WithEveryField() throws Exception {
		this.mvc.perform(post("/submit-user-data").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value(PROBLEM + "invalid-input"))
			.andExpect(jsonPath("$.errors", hasSize(3)))
			.andExpect(jsonPath("$.errors[0].field").value("name"))
			.andExpect(jsonPath("$.errors[1].field").value("age"))
			.andExpect(jsonPath("$.errors[2].field").value("hero"));
		verify(this.writes, never()).store(any());
	}

	@Test
	void submitWhenTypesAreWrongShouldAnswer400NamingTheTypes() throws Exception {
		this.mvc
			.perform(post("/submit-user-data").contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":42,\"age\":\"old\",\"hero\":[]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("name must be a string, was an integer"))
			.andExpect(jsonPath("$.errors[1].message").value("age must be an integer, was a string"))
			.andExpect(jsonPath("$.errors[2].message").value("hero must be a string, was an array"));
	}

	@Test
	void submitWhenAgeIsOutOfRangeShouldAnswer400() throws Exception {
		expectViolation("{\"name\":\"Ada\",\"age\":12,\"hero\":\"Thor\"}", "age", "age must be between 13 and 100");
		expectViolation("{\"name\":\"Ada\",\"age\":101,\"hero\":\"Thor\"}", "age", "age must be between 13 and 100");
	}

	@Test
	void submitWhenHeroIsUnknownShouldAnswer400() throws Exception {
		expectViolation("{\"name\":\"Ada\",\"age\":30,\"hero\":\"Batman of Nowhere\"}", "hero", "hero must be one of");
	}

	@Test
	void submitWhenNameIsIllegalOrTooLongOrAHeroShouldAnswer400() throws Exception {
		expectViolation("{\"name\":\"<script>\",\"age\":30,\"hero\":\"Thor\"}", "name", "may contain only");
		expectViolation("{\"name\":\"" + "a".repeat(65) + "\",\"age\":30,\"hero\":\"Thor\"}", "name",
				"at most 64 characters");
		expectViolation("{\"name\":\"THOR\",\"age\":30,\"hero\":\"Thor\"}", "name", "reserved for a hero");
	}

	@Test
	void submitWhenJsonIsMalformedShouldAnswer400() throws Exception {
		for (String body : new String[] { "{\"name\":", "not json", "{\"name\":\"a\",\"name\":\"b\"}", "{} {}", "" }) {
			this.mvc.perform(post("/submit-user-data").contentType(MediaType.APPLICATION_JSON).content(body))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.type").value(PROBLEM + "malformed-request"))
				.andExpect(jsonPath("$.detail", not(containsString("Exception"))));
		}
	}

	@Test
	void submitWhenBodyIsNotAnObjectShouldAnswer400() throws Exception {
		expectViolation("[1,2]", "body", "body must be a JSON object");
	}

	@Test
	void submitWhenBodyExceeds16KiBShouldAnswer413() throws Exception {
		String padding = " ".repeat(16 * 1024);
		this.mvc
			.perform(post("/submit-user-data").contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"Ada\",\"age\":30,\"hero\":\"Thor\"}" + padding))
			.andExpect(status().isContentTooLarge())
			.andExpect(jsonPath("$.type").value(PROBLEM + "payload-too-large"));
		verify(this.writes, never()).store(any());
	}

	@Test
	void submitWhenContentTypeIsNotJsonShouldAnswer415() throws Exception {
		this.mvc.perform(post("/submit-user-data").contentType(MediaType.TEXT_PLAIN).content("name=Ada"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value(PROBLEM + "unsupported-media-type"));
	}

	@Test
	void submitWhenStorageIsUnavailableShouldAnswer503WithRetryAfter() throws Exception {
		given(this.writes.store(any())).willThrow(new StorageUnavailableException(
				StorageUnavailableException.Reason.QUEUE_FULL, Duration.ofSeconds(2), "too many records"));
		this.mvc
			.perform(post("/submit-user-data").contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"Ada\",\"age\":30,\"hero\":\"Thor\"}"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "2"))
			.andExpect(jsonPath("$.type").value(PROBLEM + "queue-full"));
	}

	@Test
	void submitWhenIdempotencyKeyRepeatsShouldReplayWithoutStoringAgain() throws Exception {
		String body = "{\"name\":\"Ada\",\"age\":30,\"hero\":\"Thor\"}";
		String first = this.mvc
			.perform(post("/submit-user-data").contentType(MediaType.APPLICATION_JSON)
				.header("Idempotency-Key", "k-1")
				.content(body))
			.andExpect(status().isCreated())
			.andExpect(header().string("Idempotent-Replayed", "false"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		this.mvc
			.perform(post("/submit-user-data").contentType(MediaType.APPLICATION_JSON)
				.header("Idempotency-Key", "k-1")
				.content(body))
			.andExpect(status().isCreated())
			.andExpect(header().string("Idempotent-Replayed", "true"))
			.andExpect(content().json(first));
		verify(this.writes, times(1)).store(any());
		this.mvc
			.perform(post("/submit-user-data").contentType(MediaType.APPLICATION_JSON)
				.header("Idempotency-Key", "k-1")
				.content("{\"name\":\"Bob\",\"age\":30,\"hero\":\"Thor\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value(PROBLEM + "idempotency-key-reused"));
	}

	@Test
	void submitWhenIdempotencyKeyIsIllegalShouldAnswer400() throws Exception {
		this.mvc
			.perform(post("/submit-user-data").contentType(MediaType.APPLICATION_JSON)
				.header("Idempotency-Key", "x".repeat(256))
				.content("{\"name\":\"Ada\",\"age\":30,\"hero\":\"Thor\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
	}

	private void expectViolation(String body, String field, String message) throws Exception {
		this.mvc.perform(post("/submit-user-data").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value(PROBLEM + "invalid-input"))
			.andExpect(jsonPath("$.errors[0].field").value(field))
			.andExpect(jsonPath("$.errors[0].message", containsString(message)));
		verify(this.writes, never()).store(any());
	}

	@TestConfiguration(proxyBeanMethods = false)
	@EnableConfigurationProperties({ ApiProperties.class, IdempotencyProperties.class })
	static class Validation {

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

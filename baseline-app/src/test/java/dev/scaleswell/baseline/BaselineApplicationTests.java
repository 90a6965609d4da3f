package dev.scaleswell.baseline;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
class BaselineApplicationTests {

	@Autowired
	RestTestClient client;

	@Test
	void baselineShouldEchoItsParametersAsSmallJson() {
		this.client.get()
			.uri("/bench/baseline?name1=Thor&name2=Hulk")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.expectBody()
			.jsonPath("$.name1")
			.isEqualTo("Thor")
			.jsonPath("$.name2")
			.isEqualTo("Hulk");
	}

	@Test
	void unknownPathShouldBeAProblemDetailNotAStackTrace() {
		this.client.get()
			.uri("/nothing-here")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(404)
			.jsonPath("$.trace")
			.doesNotExist();
	}

	@Test
	void wrongMethodShouldBeAProblemDetail() {
		this.client.post()
			.uri("/bench/baseline")
			.exchange()
			.expectStatus()
			.isEqualTo(405)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void prometheusMetricsShouldBeExposedAsOnEveryService() {
		this.client.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((body) -> org.assertj.core.api.Assertions.assertThat(body).contains("jvm_memory_used_bytes"));
	}

}

package dev.scaleswell.loadtests.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LoopbackUrlsTests {

	@ParameterizedTest
	@ValueSource(strings = { "http://localhost:8081", "http://LOCALHOST:8081/", "http://127.0.0.1:8082",
			"http://127.1.2.3:9000", "https://[::1]:8443", "http://localhost" })
	void loopbackUrlsShouldBeAccepted(String url) {
		assertThat(LoopbackUrls.require("loadtest.ingestUrl", url)).doesNotEndWith("/");
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://example.com:8081", "http://10.0.0.5:8081", "http://0.0.0.0:8081",
			"http://192.168.1.1", "http://[2001:db8::1]:80", "http://localhost.example.com", "http://127.0.0.1.nip.io",
			"http://8.8.8.8" })
	void nonLoopbackHostsShouldBeRefused(String url) {
		assertThatIllegalArgumentException().isThrownBy(() -> LoopbackUrls.require("loadtest.ingestUrl", url))
			.withMessageContaining("loadtest.ingestUrl must point at loopback");
	}

	@ParameterizedTest
	@ValueSource(strings = { "ftp://127.0.0.1/", "file:///etc/passwd", "localhost" })
	void nonHttpUrlsShouldBeRefused(String url) {
		assertThatIllegalArgumentException().isThrownBy(() -> LoopbackUrls.require("loadtest.ingestUrl", url))
			.withMessageContaining("must be an http or https URL");
	}

	@Test
	void malformedUrlShouldBeRefusedWithTheProperty() {
		assertThatIllegalArgumentException().isThrownBy(() -> LoopbackUrls.require("loadtest.predictUrl", "http://a b"))
			.withMessage("loadtest.predictUrl is not a URL: 'http://a b'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LoopbackUrls.require("loadtest.predictUrl", "127.0.0.1:8082"))
			.withMessageStartingWith("loadtest.predictUrl ");
	}

	@Test
	void queryOrCredentialsShouldBeRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LoopbackUrls.require("loadtest.predictUrl", "http://u:p@127.0.0.1:8082"))
			.withMessageContaining("plain base URL");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LoopbackUrls.require("loadtest.predictUrl", "http://127.0.0.1:8082/?x=1"))
			.withMessageContaining("plain base URL");
	}

	@Test
	void trailingSlashShouldBeRemoved() {
		assertThat(LoopbackUrls.require("u", "http://127.0.0.1:8082/")).isEqualTo("http://127.0.0.1:8082");
	}

}

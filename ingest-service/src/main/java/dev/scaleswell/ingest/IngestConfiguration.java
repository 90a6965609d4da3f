package dev.scaleswell.ingest;

import dev.scaleswell.model.validation.InputValidator;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IngestConfiguration {

	@Bean
	InputValidator inputValidator() {
		return InputValidator.standard();
	}

}

package dev.scaleswell.predict.system;

import java.time.Clock;

import dev.scaleswell.model.hero.HeroCatalog;
import dev.scaleswell.model.validation.InputValidator;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The shared domain pieces: the hero catalog, the input rules and the clock. */
@Configuration(proxyBeanMethods = false)
class DomainConfiguration {

	@Bean
	HeroCatalog heroCatalog() {
		return HeroCatalog.standard();
	}

	@Bean
	InputValidator inputValidator(HeroCatalog heroes) {
		return new InputValidator(heroes);
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}

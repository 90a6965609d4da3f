package dev.scaleswell.predict;

import java.time.Clock;

import dev.scaleswell.model.hero.HeroCatalog;
import dev.scaleswell.model.validation.InputValidator;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * Answers who would win a duel from the registry's champion model, with hot swap and
 * champion/challenger split.
 */
@SpringBootApplication
public class PredictApplication {

	public static void main(String[] args) {
		SpringApplication.run(PredictApplication.class, args);
	}

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

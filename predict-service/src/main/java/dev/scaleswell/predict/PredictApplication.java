package dev.scaleswell.predict;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Answers who would win a duel from the registry's champion model, with hot swap and
 * champion/challenger split.
 */
@SpringBootApplication
public class PredictApplication {

	public static void main(String[] args) {
		SpringApplication.run(PredictApplication.class, args);
	}

}

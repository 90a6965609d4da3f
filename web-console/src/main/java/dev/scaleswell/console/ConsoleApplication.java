package dev.scaleswell.console;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Pages for people over the three services' APIs, forwarded under {@code /api/...} so the
 * browser talks to one origin.
 */
@SpringBootApplication
public class ConsoleApplication {

	public static void main(String[] args) {
		SpringApplication.run(ConsoleApplication.class, args);
	}

}

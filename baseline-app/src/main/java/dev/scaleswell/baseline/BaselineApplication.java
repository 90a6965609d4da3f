package dev.scaleswell.baseline;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The benchmark baseline: one trivial endpoint on the services' web stack, so a service's
 * throughput can be stated as a share of what the framework alone does on the same
 * machine in the same run.
 */
@SpringBootApplication
public class BaselineApplication {

	public static void main(String[] args) {
		SpringApplication.run(BaselineApplication.class, args);
	}

}

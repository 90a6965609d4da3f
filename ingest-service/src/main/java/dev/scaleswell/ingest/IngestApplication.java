package dev.scaleswell.ingest;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Accepts warriors and duel results and stores every acknowledged record durably in the
 * S3 data lake.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IngestApplication {

	public static void main(String[] args) {
		SpringApplication.run(IngestApplication.class, args);
	}

}

package dev.scaleswell.ingest.system;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI ingestOpenApi() {
		return new OpenAPI().info(new Info().title("Scales Well ingest-service")
			.description("Durable ingestion of warriors and duel results: a 201 means the record is in S3.")
			.license(new License().name("GPL-3.0-or-later")));
	}

}

package dev.scaleswell.service.health;

import dev.scaleswell.model.s3.S3AutoConfiguration;
import dev.scaleswell.model.s3.S3Properties;
import software.amazon.awssdk.services.s3.S3Client;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.PropertySource;

/**
 * S3 reachability in every service's health, shown with its details (the defaults'
 * {@code management.endpoint.health.show-details=always}, which a service may override).
 */
@AutoConfiguration(after = S3AutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
@PropertySource("classpath:dev/scaleswell/service/health/health-defaults.properties")
public class S3HealthAutoConfiguration {

	@Bean
	@ConditionalOnBean({ S3Client.class, S3Properties.class })
	S3HealthIndicator s3HealthIndicator(S3Client s3, S3Properties properties) {
		return new S3HealthIndicator(s3, properties.bucket());
	}

}

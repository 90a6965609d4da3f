package dev.scaleswell.model.s3;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.PropertySource;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Gives every Spring Boot service the lake's {@link S3Client}. The property source maps
 * the reference system's environment names ({@code S3_BUCKET}, {@code AWS_REGION}) onto
 * ours, at lower precedence than anything the service sets itself.
 */
@AutoConfiguration
@EnableConfigurationProperties(S3Properties.class)
@PropertySource("classpath:dev/scaleswell/model/s3/s3-defaults.properties")
public class S3AutoConfiguration {

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean
	S3Client s3Client(S3Properties properties) {
		return S3Clients.create(properties);
	}

}

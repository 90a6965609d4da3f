package dev.scaleswell.predict.directory;

import java.time.Clock;

import dev.scaleswell.model.hero.HeroCatalog;
import dev.scaleswell.model.s3.S3Properties;
import io.micrometer.core.instrument.MeterRegistry;
import software.amazon.awssdk.services.s3.S3Client;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DirectoryProperties.class)
class DirectoryConfiguration {

	@Bean
	ProfileSpace profileSpace(HeroCatalog catalog) {
		return new ProfileSpace(catalog);
	}

	@Bean
	DirectoryHolder directoryHolder(HeroCatalog catalog, ProfileSpace space) {
		return new DirectoryHolder(catalog, space);
	}

	@Bean
	DirectoryRefresher directoryRefresher(S3Client s3, S3Properties s3Properties, HeroCatalog catalog,
			ProfileSpace space, DirectoryHolder holder, DirectoryProperties properties, MeterRegistry meters,
			Clock clock) {
		return new DirectoryRefresher(s3, s3Properties.bucket(), catalog, space, holder, properties, meters, clock);
	}

	@Bean("directory")
	DirectoryHealthIndicator directoryHealthIndicator(DirectoryHolder holder) {
		return new DirectoryHealthIndicator(holder);
	}

}

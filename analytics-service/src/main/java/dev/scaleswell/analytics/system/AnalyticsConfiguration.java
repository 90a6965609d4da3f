package dev.scaleswell.analytics.system;

import dev.scaleswell.analytics.lake.CuratedLake;
import dev.scaleswell.model.hero.HeroCatalog;
import dev.scaleswell.model.s3.S3Properties;
import software.amazon.awssdk.services.s3.S3Client;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AnalyticsProperties.class)
class AnalyticsConfiguration {

	@Bean
	CuratedLake curatedLake(S3Client s3, S3Properties s3Properties, HeroCatalog catalog) {
		return new CuratedLake(s3, s3Properties.bucket(), catalog);
	}

	@Bean
	HeroCatalog heroCatalog() {
		return HeroCatalog.standard();
	}

}

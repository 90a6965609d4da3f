package dev.scaleswell.predict.model;

import java.time.Clock;

import dev.scaleswell.model.registry.ModelRegistry;
import dev.scaleswell.model.s3.S3Properties;
import dev.scaleswell.predict.directory.ProfileSpace;
import io.micrometer.core.instrument.MeterRegistry;
import software.amazon.awssdk.services.s3.S3Client;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ ModelProperties.class, OnlineProperties.class })
class ModelConfiguration {

	@Bean
	ModelHolder modelHolder() {
		return new ModelHolder();
	}

	@Bean
	ModelRegistry modelRegistry(S3Client s3, S3Properties s3Properties) {
		return new ModelRegistry(s3, s3Properties.bucket());
	}

	@Bean
	ModelMetrics modelMetrics(MeterRegistry meters, ModelHolder holder, Clock clock) {
		return new ModelMetrics(meters, holder, clock);
	}

	@Bean
	RegistryWatcher registryWatcher(ModelRegistry registry, ModelHolder holder, ModelMetrics metrics,
			ProfileSpace space, ModelProperties properties, Clock clock) {
		return new RegistryWatcher(registry, holder, metrics, space, properties, clock);
	}

	@Bean
	OnlineFigures onlineFigures() {
		return new OnlineFigures();
	}

	@Bean
	OnlineRefresher onlineRefresher(S3Client s3, S3Properties s3Properties, ModelHolder holder, OnlineFigures figures,
			OnlineProperties properties) {
		return new OnlineRefresher(new OnlineEvaluationReader(s3, s3Properties.bucket()), holder, figures, properties);
	}

	@Bean("model")
	ModelHealthIndicator modelHealthIndicator(ModelHolder holder) {
		return new ModelHealthIndicator(holder);
	}

}

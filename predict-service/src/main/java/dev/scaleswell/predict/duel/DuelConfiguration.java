package dev.scaleswell.predict.duel;

import dev.scaleswell.predict.directory.DirectoryHolder;
import dev.scaleswell.predict.model.ModelHolder;
import dev.scaleswell.predict.routing.ShadowProperties;
import dev.scaleswell.predict.routing.ShadowScorer;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ShadowProperties.class)
class DuelConfiguration {

	@Bean
	ShadowScorer shadowScorer(ShadowProperties properties, MeterRegistry meters) {
		return new ShadowScorer(properties, meters);
	}

	@Bean
	DuelService duelService(DirectoryHolder directory, ModelHolder models, ShadowScorer shadow) {
		return new DuelService(directory, models, shadow);
	}

}

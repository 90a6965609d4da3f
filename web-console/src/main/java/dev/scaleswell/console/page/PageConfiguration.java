package dev.scaleswell.console.page;

import dev.scaleswell.model.hero.HeroCatalog;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PageConfiguration {

	@Bean
	HeroCatalog heroCatalog() {
		return HeroCatalog.standard();
	}

}

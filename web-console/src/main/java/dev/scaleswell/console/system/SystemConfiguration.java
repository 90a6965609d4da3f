package dev.scaleswell.console.system;

import java.net.http.HttpClient;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ConsoleProperties.class)
class SystemConfiguration {

	/**
	 * The client every forwarded call goes through: built from Boot's observed builder,
	 * so the trace propagates to the services.
	 */
	@Bean
	RestClient upstreamClient(RestClient.Builder builder, ConsoleProperties properties) {
		HttpClient http = HttpClient.newBuilder()
			.connectTimeout(properties.connectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
		factory.setReadTimeout(properties.readTimeout());
		return builder.requestFactory(factory).build();
	}

}

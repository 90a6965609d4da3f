package dev.scaleswell.service.observability;

import io.micrometer.tracing.Tracer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * The request id of every answer. Tracing itself (W3C propagation, trace ids in the
 * logging context, the observed {@code RestClient.Builder}) is Spring Boot's, switched on
 * by this module's dependencies.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(Tracer.class)
public class ObservabilityAutoConfiguration {

	/**
	 * Right after the server observation filter ({@code HIGHEST_PRECEDENCE + 1}), which
	 * opens the request's span.
	 */
	static final int REQUEST_ID_ORDER = Ordered.HIGHEST_PRECEDENCE + 2;

	@Bean
	FilterRegistrationBean<RequestIdFilter> requestIdFilter(ObjectProvider<Tracer> tracer) {
		FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(
				new RequestIdFilter(tracer.getIfAvailable(() -> Tracer.NOOP)));
		registration.setOrder(REQUEST_ID_ORDER);
		return registration;
	}

}

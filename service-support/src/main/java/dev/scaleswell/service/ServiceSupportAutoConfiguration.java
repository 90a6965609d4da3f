package dev.scaleswell.service;

import dev.scaleswell.service.bench.BaselineController;
import dev.scaleswell.service.problem.ProblemDetailsAdvice;
import dev.scaleswell.service.problem.ProblemErrorController;
import dev.scaleswell.service.problem.ProblemErrorReportValve;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.servlet.autoconfigure.MultipartAutoConfiguration;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;
import org.springframework.context.annotation.PropertySource;
import org.springframework.core.Ordered;

/**
 * What every Scales Well service answers the same way: errors as problem details from the
 * application, the error page and the container alike; the benchmarks' baseline endpoint
 * under the {@code bench-baseline} profile. Its defaults
 * ({@code service-defaults.properties}) turn off multipart parsing, so it is read before
 * {@link MultipartAutoConfiguration} decides.
 */
@AutoConfiguration(before = { ErrorMvcAutoConfiguration.class, MultipartAutoConfiguration.class })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@PropertySource("classpath:dev/scaleswell/service/service-defaults.properties")
public class ServiceSupportAutoConfiguration {

	@Bean
	ProblemDetailsAdvice problemDetailsAdvice() {
		return new ProblemDetailsAdvice();
	}

	@Bean
	ProblemErrorController problemErrorController() {
		return new ProblemErrorController();
	}

	@Bean
	@Profile("bench-baseline")
	BaselineController baselineController() {
		return new BaselineController();
	}

	/**
	 * Puts the problem-detail valve in the place of Tomcat's HTML one; ordered last so
	 * that it also replaces the valve Spring Boot's own customizer adds.
	 */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReportValve() {
		return new ErrorReportValveCustomizer();
	}

	static final class ErrorReportValveCustomizer
			implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

		@Override
		public void customize(TomcatServletWebServerFactory factory) {
			factory.addContextCustomizers((context) -> {
				if (context.getParent() instanceof StandardHost host) {
					for (Valve valve : host.getPipeline().getValves()) {
						if (valve instanceof ErrorReportValve) {
							host.getPipeline().removeValve(valve);
						}
					}
					host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
					host.getPipeline().addValve(new ProblemErrorReportValve());
				}
			});
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

	}

}

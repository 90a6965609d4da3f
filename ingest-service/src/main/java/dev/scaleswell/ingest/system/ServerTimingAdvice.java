package dev.scaleswell.ingest.system;

import org.jspecify.annotations.Nullable;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Adds {@code Server-Timing} to every response body written by a controller or an
 * exception handler, just before the body (and so the headers) go out.
 */
@ControllerAdvice
class ServerTimingAdvice implements ResponseBodyAdvice<Object> {

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public @Nullable Object beforeBodyWrite(@Nullable Object body, MethodParameter returnType,
			MediaType selectedContentType, Class<? extends HttpMessageConverter<?>> selectedConverterType,
			ServerHttpRequest request, ServerHttpResponse response) {
		if (request instanceof ServletServerHttpRequest servlet) {
			String timing = ServerTiming.header(servlet.getServletRequest(), System.nanoTime());
			if (!timing.isEmpty()) {
				response.getHeaders().set("Server-Timing", timing);
			}
		}
		return body;
	}

}

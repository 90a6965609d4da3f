package dev.scaleswell.service.problem;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The servlet container's error page, replacing Spring Boot's: errors that happen outside
 * Spring MVC (a filter that throws, {@code sendError}) are problem details too, never the
 * whitelabel page or Boot's own JSON.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
public class ProblemErrorController implements ErrorController {

	private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

	@RequestMapping
	void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
		ProblemResponses.write(response, problem(request));
	}

	private static ProblemDetail problem(HttpServletRequest request) {
		Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
		if (failure instanceof InvalidParameterException) {
			return ProblemDetailsAdvice.malformedParameters();
		}
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		int status = (code instanceof Integer value) ? value : HttpStatus.INTERNAL_SERVER_ERROR.value();
		if (status >= 500) {
			log.error("Unexpected failure answering {}", request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
					failure);
			return ProblemType.INTERNAL_ERROR.detail("The request could not be answered; the failure has been logged.");
		}
		HttpStatus known = HttpStatus.resolve(status);
		return ProblemType.forStatus(status, (known != null) ? known.getReasonPhrase() : "Error " + status);
	}

}

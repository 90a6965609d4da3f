package dev.scaleswell.service.problem;

import java.io.IOException;
import java.io.Writer;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Tomcat's last word on an error, as a problem detail instead of its HTML page. It speaks
 * for requests that never reach the application: a request line or headers over the
 * limits, a malformed request, a URI Tomcat rejects.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, @Nullable Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		HttpStatus known = HttpStatus.resolve(status);
		String detail = switch (status) {
			case 400 -> "the request could not be parsed: a malformed request line, or a request line or headers "
					+ "over the server's size limits";
			default -> (known != null) ? known.getReasonPhrase() : "Error " + status;
		};
		try {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(ProblemResponses.asJson(ProblemType.forStatus(status, detail)));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the client is gone or the response was committed meanwhile: nothing left to
			// say
		}
	}

}

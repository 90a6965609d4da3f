package dev.scaleswell.ingest.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The phases of a request, reported in the {@code Server-Timing} response header
 * ({@code store;dur=4.1, predict;dur=2.0, app;dur=6.3}, milliseconds).
 */
public final class ServerTiming {

	static final String START = ServerTiming.class.getName() + ".start";

	private static final String PHASES = ServerTiming.class.getName() + ".phases";

	private ServerTiming() {
	}

	/** Records that {@code phase} took {@code nanos} in this request. */
	public static void record(HttpServletRequest request, String phase, long nanos) {
		@SuppressWarnings("unchecked")
		List<String> phases = (List<String>) request.getAttribute(PHASES);
		if (phases == null) {
			phases = new ArrayList<>(2);
			request.setAttribute(PHASES, phases);
		}
		phases.add(entry(phase, nanos));
	}

	/** The header value: every recorded phase, then the whole request so far. */
	static String header(HttpServletRequest request, long nowNanos) {
		@SuppressWarnings("unchecked")
		List<String> phases = (List<String>) request.getAttribute(PHASES);
		String app = (request.getAttribute(START) instanceof Long start) ? entry("app", nowNanos - start) : null;
		List<String> entries = new ArrayList<>((phases != null) ? phases : List.of());
		if (app != null) {
			entries.add(app);
		}
		return String.join(", ", entries);
	}

	private static String entry(String phase, long nanos) {
		return String.format(Locale.ROOT, "%s;dur=%.1f", phase, nanos / 1e6);
	}

}

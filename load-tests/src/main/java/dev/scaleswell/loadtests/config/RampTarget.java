package dev.scaleswell.loadtests.config;

import java.util.Locale;

/** What the ramp simulation drives: one endpoint, or the mixed workload. */
public enum RampTarget {

	/** {@code GET /baseline} of the baseline app: the framework's own ceiling. */
	BASELINE,

	/** {@code GET /duel} of predict-service. */
	DUEL,

	/** {@code POST /submit-user-data} of ingest-service. */
	SUBMIT,

	/** {@code GET /analytics} of analytics-service. */
	ANALYTICS,

	/** 70% duel, 20% submit, 10% analytics. */
	MIXED;

	static RampTarget parse(String name, String value) {
		try {
			return valueOf(value.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(
					name + " must be one of baseline, duel, submit, analytics, mixed; was '" + value + "'");
		}
	}

	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

}

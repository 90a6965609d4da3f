package dev.scaleswell.predict.model;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** Which of the registry's models answered. */
public enum Variant {

	CHAMPION, CHALLENGER;

	private final String label = name().toLowerCase(Locale.ROOT);

	/** The lower-case form used in responses and metric labels. */
	@JsonValue
	public String label() {
		return this.label;
	}

}

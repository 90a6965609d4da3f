package dev.scaleswell.model.lake;

import java.util.Locale;

/**
 * The registry's pointers to model versions: the champion answers by default, a
 * challenger takes a configured share of traffic.
 */
public enum ModelAlias {

	CHAMPION, CHALLENGER;

	public String fileName() {
		return name().toLowerCase(Locale.ROOT) + ".json";
	}

}

package dev.scaleswell.model.warrior;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Name normalisation and identity. A name is normalised by trimming, collapsing inner
 * whitespace to one space and composing Unicode (NFC); its identity key is the normalised
 * name lower-cased with {@link Locale#ROOT}. Two submissions with the same key are the
 * same warrior.
 */
public final class Names {

	private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");

	private Names() {
	}

	public static String normalise(String name) {
		String composed = Normalizer.normalize(name, Normalizer.Form.NFC);
		return WHITESPACE.matcher(composed).replaceAll(" ").strip();
	}

	public static String identityKey(String name) {
		return normalise(name).toLowerCase(Locale.ROOT);
	}

}

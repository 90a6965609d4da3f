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
		if (isAlreadyNormal(name)) {
			return name;
		}
		String composed = Normalizer.normalize(name, Normalizer.Form.NFC);
		return WHITESPACE.matcher(composed).replaceAll(" ").strip();
	}

	public static String identityKey(String name) {
		return normalise(name).toLowerCase(Locale.ROOT);
	}

	/**
	 * The common case, without regex or Unicode tables: printable Latin-1 but the
	 * no-break space, so ASCII and the accented letters of most European names (NFC
	 * leaves every Latin-1 character alone, and none of them is a combining mark), with
	 * single inner spaces and none at either end.
	 */
	private static boolean isAlreadyNormal(String name) {
		int length = name.length();
		if (length == 0 || name.charAt(0) == ' ' || name.charAt(length - 1) == ' ') {
			return false;
		}
		char previous = 0;
		for (int i = 0; i < length; i++) {
			char c = name.charAt(i);
			if (c < 0x20 || (c > 0x7E && c <= 0xA0) || c > 0xFF || (c == ' ' && previous == ' ')) {
				return false;
			}
			previous = c;
		}
		return true;
	}

}

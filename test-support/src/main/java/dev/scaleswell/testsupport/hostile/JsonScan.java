package dev.scaleswell.testsupport.hostile;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the scalar values (strings, numbers, literals) of a JSON text, not its keys: the
 * places where a mutation keeps the document well-formed.
 */
final class JsonScan {

	private JsonScan() {
	}

	/** Each value as {@code [start, end)} in the text. */
	static List<int[]> values(String json) {
		List<int[]> values = new ArrayList<>();
		int at = 0;
		while (at < json.length()) {
			char c = json.charAt(at);
			if (c == '"') {
				int end = endOfString(json, at);
				if (!isKey(json, end)) {
					values.add(new int[] { at, end });
				}
				at = end;
			}
			else if (c == '-' || Character.isLetterOrDigit(c)) {
				int end = at;
				while (end < json.length()
						&& (Character.isLetterOrDigit(json.charAt(end)) || "+-.".indexOf(json.charAt(end)) >= 0)) {
					end++;
				}
				values.add(new int[] { at, end });
				at = end;
			}
			else {
				at++;
			}
		}
		return values;
	}

	private static int endOfString(String json, int quote) {
		int at = quote + 1;
		while (at < json.length() && json.charAt(at) != '"') {
			at += (json.charAt(at) == '\\') ? 2 : 1;
		}
		return Math.min(at + 1, json.length());
	}

	private static boolean isKey(String json, int after) {
		int at = after;
		while (at < json.length() && Character.isWhitespace(json.charAt(at))) {
			at++;
		}
		return at < json.length() && json.charAt(at) == ':';
	}

}

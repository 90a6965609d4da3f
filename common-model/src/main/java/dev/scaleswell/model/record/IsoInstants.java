package dev.scaleswell.model.record;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Parses the one shape nearly every {@code receivedAt} has,
 * {@code yyyy-MM-ddTHH:mm:ss[.fraction]Z}, without
 * {@link java.time.format.DateTimeFormatter} (the decoder's costliest step otherwise). It
 * answers only where {@link Instant#parse} gives the same instant; anything else
 * (lower-case letters, offsets, leap or 24:00 times, years past 9999, a point without
 * digits) returns {@code null} for {@code Instant.parse} to decide.
 */
final class IsoInstants {

	private static final int SHORTEST = "0000-00-00T00:00:00Z".length();

	private IsoInstants() {
	}

	static @Nullable Instant parse(String text) {
		int length = text.length();
		if (length < SHORTEST || length > SHORTEST + 10 || text.charAt(4) != '-' || text.charAt(7) != '-'
				|| text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':'
				|| text.charAt(length - 1) != 'Z') {
			return null;
		}
		int year = digits(text, 0, 4);
		int month = digits(text, 5, 2);
		int day = digits(text, 8, 2);
		int hour = digits(text, 11, 2);
		int minute = digits(text, 14, 2);
		int second = digits(text, 17, 2);
		if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59
				|| second < 0 || second > 59) {
			return null;
		}
		int nanos = 0;
		int fractionDigits = length - SHORTEST - 1;
		if (length > SHORTEST) {
			if (text.charAt(19) != '.' || fractionDigits < 1) {
				return null;
			}
			int fraction = digits(text, 20, fractionDigits);
			if (fraction < 0) {
				return null;
			}
			nanos = fraction * POWERS_OF_TEN[9 - fractionDigits];
		}
		LocalDate date = LocalDate.of(year, month, 1);
		if (day > date.lengthOfMonth()) {
			return null;
		}
		long epochDay = date.toEpochDay() + day - 1;
		return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600 + minute * 60 + second, nanos);
	}

	private static final int[] POWERS_OF_TEN = { 1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000,
			1_000_000_000 };

	/**
	 * The non-negative number written by {@code count} ASCII digits at {@code from}, or
	 * -1.
	 */
	private static int digits(String text, int from, int count) {
		int value = 0;
		for (int i = from; i < from + count; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

}

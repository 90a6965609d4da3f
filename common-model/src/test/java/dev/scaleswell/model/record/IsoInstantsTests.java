package dev.scaleswell.model.record;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.SplittableRandom;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class IsoInstantsTests {

	@ParameterizedTest
	@ValueSource(strings = { "2026-11-22T08:15:30Z", "2026-11-22T08:15:30.123Z", "2026-12-01T00:00:00.000000001Z",
			"2024-02-29T23:59:59.9Z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z",
			"1969-12-31T23:59:59.5Z" })
	void theUsualShapeShouldParseAsInstantParseDoes(String text) {
		assertThat(IsoInstants.parse(text)).isEqualTo(Instant.parse(text));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-11-22t08:15:30z", "2026-11-22T08:15:30+01:00", "2026-11-22T24:00:00Z",
			"2026-12-31T23:59:60Z", "2026-11-22T08:15:30.Z", "2026-11-22T08:15:30.1234567890Z", "2026-02-29T08:15:30Z",
			"2026-13-01T08:15:30Z", "2026-11-31T08:15:30Z", "+2026-11-22T08:15:30Z", "2026-11-22T08:15Z",
			"2026-11-22 08:15:30Z", "2026-11-2２T08:15:30Z", "yesterday", "" })
	void anyOtherShapeShouldBeLeftToInstantParse(String text) {
		assertThat(IsoInstants.parse(text)).isNull();
	}

	@Test
	void randomTextShouldNeverParseDifferentlyFromInstantParse() {
		SplittableRandom random = new SplittableRandom(7);
		String alphabet = "0123456789-:.TZtz+ ";
		String base = "2026-11-22T08:15:30.123456789Z";
		int parsed = 0;
		for (int sample = 0; sample < 200_000; sample++) {
			char[] text = base.substring(0, 19 + random.nextInt(12)).toCharArray();
			for (int edits = random.nextInt(4); edits > 0; edits--) {
				text[random.nextInt(text.length)] = alphabet.charAt(random.nextInt(alphabet.length()));
			}
			String candidate = new String(text) + ((random.nextInt(10) > 0) ? "Z" : "");
			Instant fast = IsoInstants.parse(candidate);
			if (fast != null) {
				parsed++;
				assertThat(fast).as(candidate).isEqualTo(reference(candidate));
			}
		}
		assertThat(parsed).isGreaterThan(10_000);
	}

	private static @Nullable Instant reference(String text) {
		try {
			return Instant.parse(text);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}

package dev.scaleswell.model.warrior;

import java.text.Normalizer;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NamesTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Ada                      | Ada
			'  Ada   Lovelace  '     | Ada Lovelace
			'Ada\tLovelace'          | Ada Lovelace
			'Ada\u00A0Lovelace'      | Ada Lovelace
			'Ada\u2003\u2003Byron'   | Ada Byron
			'Jose\u0301'             | Jos\u00E9
			""")
	void normaliseShouldTrimCollapseWhitespaceAndComposeUnicode(String raw, String expected) {
		assertThat(Names.normalise(raw)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Ada Lovelace      | ada lovelace
			'  ADA  LOVELACE' | ada lovelace
			'Jose\u0301'      | jos\u00E9
			\u0130stanbul     | i\u0307stanbul
			""")
	void identityKeyShouldBeTheNormalisedNameInRootLowerCase(String raw, String expected) {
		assertThat(Names.identityKey(raw)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Ada       | ada
			ada       | ADA
			' Ada '   | 'ADA'
			'José'    | 'Jose\u0301'
			""")
	void differentSpellingsOfOneNameShouldShareTheIdentityKey(String one, String other) {
		assertThat(Names.identityKey(one)).isEqualTo(Names.identityKey(other));
	}

	/**
	 * Names of Latin-1 letters skip the regular expression and NFC: random names over
	 * Latin-1 with some combining marks, tabs and wide spaces among them must come out as
	 * the definition (NFC, then whitespace collapsed and trimmed) has it.
	 */
	@Test
	void normaliseShouldAgreeWithTheDefinitionOnLatin1AndBeyond() {
		Pattern whitespace = Pattern.compile("[\\s\\p{Z}]+");
		char[] beyond = { '\u0301', '\u0308', '\u030A', '\t', '\u2003', '\u0100', '\u1E9E' };
		SplittableRandom random = new SplittableRandom(7);
		for (int sample = 0; sample < 100_000; sample++) {
			StringBuilder name = new StringBuilder();
			for (int i = random.nextInt(1, 12); i > 0; i--) {
				int pick = random.nextInt(100);
				name.append((pick < 3) ? beyond[random.nextInt(beyond.length)]
						: (pick < 20) ? ' ' : (char) random.nextInt(0x20, 0x100));
			}
			String raw = name.toString();
			String expected = whitespace.matcher(Normalizer.normalize(raw, Normalizer.Form.NFC))
				.replaceAll(" ")
				.strip();
			assertThat(Names.normalise(raw)).as("%s", raw.chars().mapToObj(Integer::toHexString).toList())
				.isEqualTo(expected);
		}
	}

}

package dev.scaleswell.model.warrior;

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

}

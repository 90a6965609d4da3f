package dev.scaleswell.etl.curate;

import dev.scaleswell.model.warrior.Names;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdentityKeysTests {

	@Test
	void keysShouldBeThoseOfNamesAlsoPastTheCacheLimit() {
		IdentityKeys keys = new IdentityKeys();
		for (int i = 0; i < IdentityKeys.LIMIT + 10; i++) {
			String name = (i % 2 == 0) ? "Zoe\u0308  Åberg " + i : "ADA " + i;
			assertThat(keys.apply(name)).isEqualTo(Names.identityKey(name));
		}
		assertThat(keys.apply("  Jose\u0301 Núñez")).isEqualTo("josé núñez");
		assertThat(keys.apply("  Jose\u0301 Núñez")).isEqualTo("josé núñez");
	}

}

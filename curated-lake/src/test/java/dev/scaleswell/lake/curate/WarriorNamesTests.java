package dev.scaleswell.lake.curate;

import dev.scaleswell.model.warrior.Names;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WarriorNamesTests {

	@Test
	void keysShouldBeThoseOfNamesAlsoPastTheLimit() {
		WarriorNames names = new WarriorNames();
		for (int i = 0; i < WarriorNames.LIMIT + 10; i++) {
			String name = (i % 2 == 0) ? "Zoe\u0308  Åberg " + i : "ADA " + i;
			WarriorName known = names.of(name);
			assertThat(known.name()).isEqualTo(name);
			assertThat(known.identityKey()).isEqualTo(Names.identityKey(name));
		}
		assertThat(names.of("  Jose\u0301 Núñez").identityKey()).isEqualTo("josé núñez");
	}

	@Test
	void everyRowOfANameShouldShareOneInstance() {
		WarriorNames names = new WarriorNames();
		WarriorName first = names.of(new String("Ada Lovelace"));
		assertThat(names.of(new String("Ada Lovelace"))).isSameAs(first);
		assertThat(names.of("Ada  Lovelace")).isNotSameAs(first).isNotEqualTo(first);
	}

}

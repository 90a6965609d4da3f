package dev.scaleswell.lake.curate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdSetTests {

	@Test
	void idsShouldBeFoundAfterGrowingAsAHashSetFindsThem() {
		SplittableRandom random = new SplittableRandom(3);
		IdSet ids = new IdSet();
		Set<UUID> reference = new HashSet<>();
		for (int i = 0; i < 200_000; i++) {
			// a small range, so that adds repeat and probes collide
			UUID id = new UUID(random.nextLong(50), random.nextLong(4_000));
			assertThat(ids.add(id)).isEqualTo(reference.add(id));
		}
		assertThat(ids.size()).isEqualTo(reference.size());
		assertThat(elements(ids)).isEqualTo(reference);
		for (int i = 0; i < 10_000; i++) {
			UUID id = new UUID(random.nextLong(60), random.nextLong(4_000));
			assertThat(ids.contains(id)).isEqualTo(reference.contains(id));
		}
	}

	@Test
	void theNilIdShouldBeAnIdLikeAnyOther() throws IOException {
		UUID nil = new UUID(0, 0);
		IdSet ids = new IdSet();
		assertThat(ids.contains(nil)).isFalse();
		assertThat(ids.add(nil)).isTrue();
		assertThat(ids.add(nil)).isFalse();
		ids.add(new UUID(0, 1));
		assertThat(ids.contains(nil)).isTrue();
		assertThat(ids.size()).isEqualTo(2);
		assertThat(ids).containsExactlyInAnyOrder(nil, new UUID(0, 1));
		assertThat(roundTrip(ids)).containsExactlyInAnyOrder(nil, new UUID(0, 1));
	}

	@Test
	void writtenIdsShouldReadBackAsTheSameSet() throws IOException {
		IdSet ids = new IdSet(10);
		SplittableRandom random = new SplittableRandom(5);
		Set<UUID> reference = new HashSet<>();
		for (int i = 0; i < 50_000; i++) {
			UUID id = new UUID(random.nextLong(), random.nextLong());
			ids.add(id);
			reference.add(id);
		}
		IdSet read = roundTrip(ids);
		assertThat(read.size()).isEqualTo(50_000);
		assertThat(elements(read)).isEqualTo(reference);
	}

	/** The iterated ids, each once. */
	private static Set<UUID> elements(IdSet ids) {
		Set<UUID> elements = new HashSet<>();
		ids.forEach((id) -> assertThat(elements.add(id)).isTrue());
		return elements;
	}

	private static IdSet roundTrip(IdSet ids) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			ids.writeTo(out);
		}
		return IdSet.readFrom(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
	}

}

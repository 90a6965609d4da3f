package dev.scaleswell.lake.curate;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DayStateTests {

	@Test
	void aStoredStateShouldReadBackWithItsKeysAndIds() {
		DayState state = DayState.empty();
		List<UUID> ids = new ArrayList<>();
		for (int i = 0; i < 20_000; i++) {
			UUID id = UUID.randomUUID();
			ids.add(id);
			state.addId(id);
		}
		state.markProcessed("raw/submissions/dt=2026-12-01/hour=00/b.jsonl.gz");
		state.markProcessed("raw/submissions/dt=2026-12-01/hour=00/a.jsonl.gz");

		DayState read = DayState.fromBytes(state.toBytes());

		assertThat(read.idCount()).isEqualTo(20_000);
		Set<UUID> readIds = new HashSet<>();
		read.ids().forEach(readIds::add);
		assertThat(readIds).isEqualTo(new HashSet<>(ids));
		assertThat(read.processedCount()).isEqualTo(2);
		assertThat(read.isProcessed("raw/submissions/dt=2026-12-01/hour=00/a.jsonl.gz")).isTrue();
		assertThat(read.changed()).isFalse();
	}

	@Test
	void aStateWrittenByEarlierReleasesShouldStillBeRead() throws IOException {
		// version 1 as first written: default gzip level, one deflate call per field
		UUID id = UUID.fromString("019a8f7e-0000-7000-8000-000000000001");
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(bytes))) {
			out.writeInt(1);
			out.writeInt(1);
			out.writeUTF("raw/duel-results/dt=2026-12-01/hour=23/x.jsonl.gz");
			out.writeInt(1);
			out.writeLong(id.getMostSignificantBits());
			out.writeLong(id.getLeastSignificantBits());
		}

		DayState read = DayState.fromBytes(bytes.toByteArray());

		assertThat(read.ids()).containsExactly(id);
		assertThat(read.isProcessed("raw/duel-results/dt=2026-12-01/hour=23/x.jsonl.gz")).isTrue();
	}

}

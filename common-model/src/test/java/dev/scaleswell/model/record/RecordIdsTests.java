package dev.scaleswell.model.record;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RecordIdsTests {

	@Test
	void newIdsShouldBeTimeOrderedVersionSevenUuids() {
		UUID first = RecordIds.newId();
		UUID second = RecordIds.newId();
		assertThat(first.version()).isEqualTo(7);
		assertThat(second.toString()).isGreaterThan(first.toString());
	}

	@Test
	void idempotencyKeyShouldAlwaysDeriveTheSameIdForTheSameClientAndDataset() {
		UUID id = RecordIds.fromIdempotencyKey(Dataset.SUBMISSIONS, "client-a", "key-1");
		assertThat(RecordIds.fromIdempotencyKey(Dataset.SUBMISSIONS, "client-a", "key-1")).isEqualTo(id);
		assertThat(RecordIds.fromIdempotencyKey(Dataset.SUBMISSIONS, "client-b", "key-1")).isNotEqualTo(id);
		assertThat(RecordIds.fromIdempotencyKey(Dataset.DUEL_RESULTS, "client-a", "key-1")).isNotEqualTo(id);
		assertThat(id.version()).isEqualTo(5);
	}

}

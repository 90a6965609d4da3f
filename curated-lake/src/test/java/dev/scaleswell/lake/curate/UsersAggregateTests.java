package dev.scaleswell.lake.curate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;

import dev.scaleswell.lake.curate.CuratedRow.SubmissionRow;
import dev.scaleswell.lake.schema.UserRow;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UsersAggregateTests {

	/**
	 * Rows of one user come with several instances of its name (two decoding threads, two
	 * spellings), and the same instances go through two aggregates in turn, as they would
	 * in two runs: each must count them as the reference fold does.
	 */
	@Test
	void rowsShouldBeTheFoldOfUserTallyMerge() {
		SplittableRandom random = new SplittableRandom(11);
		for (int sample = 0; sample < 200; sample++) {
			WarriorNames[] threads = { new WarriorNames(), new WarriorNames() };
			List<SubmissionRow> rows = new ArrayList<>();
			for (int i = random.nextInt(200); i > 0; i--) {
				String key = "user " + random.nextInt(8);
				String name = random.nextBoolean() ? key.toUpperCase() : key;
				// few distinct times, so that ties on received_at are common
				rows.add(new SubmissionRow(UUID.randomUUID(), 1_000L * random.nextInt(20),
						threads[random.nextInt(2)].of(name), 13 + random.nextInt(80), "Hero" + random.nextInt(5),
						"raw/x"));
			}
			List<UserRow> previous = new ArrayList<>();
			for (int user = 0; user < 8; user++) {
				if (random.nextBoolean()) {
					previous.add(new UserRow("user " + user, "Old " + user, 40, "Thor", 1 + random.nextInt(5),
							Instant.ofEpochMilli(1_000L * random.nextInt(20)),
							Instant.ofEpochMilli(1_000L * random.nextInt(20)), null));
				}
			}

			List<UsersAggregate> aggregates = List.of(new UsersAggregate(), new UsersAggregate());
			for (UsersAggregate aggregate : aggregates) {
				rows.forEach(aggregate::add);
				previous.forEach(aggregate::merge);
			}

			Map<String, UserTally> reference = new TreeMap<>();
			for (int i = 0; i < rows.size(); i++) {
				reference.merge(rows.get(i).identityKey(), UserTally.of(rows.get(i), i), UserTally::merge);
			}
			previous.forEach((row) -> reference.merge(row.identityKey(), UserTally.previous(row), UserTally::merge));
			for (UsersAggregate aggregate : aggregates) {
				assertThat(aggregate.rows()).containsExactlyElementsOf(
						reference.entrySet().stream().map((e) -> e.getValue().row(e.getKey())).toList());
				assertThat(aggregate.size()).isEqualTo(reference.size());
			}
		}
	}

}

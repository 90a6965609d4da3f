package dev.scaleswell.spark.curate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import dev.scaleswell.model.hero.Hero;
import dev.scaleswell.model.hero.HeroCatalog;
import dev.scaleswell.model.lake.LakeLayout;
import dev.scaleswell.model.record.Dataset;
import dev.scaleswell.model.record.DuelOutcome;
import dev.scaleswell.model.record.DuelResult;
import dev.scaleswell.model.record.LakeRecord;
import dev.scaleswell.model.record.Submission;
import dev.scaleswell.model.warrior.WarriorProfile;
import dev.scaleswell.testsupport.lake.BadLines;
import dev.scaleswell.testsupport.lake.RawObjects;
import dev.scaleswell.testsupport.lake.Warriors;

/**
 * Raw input with everything curate must get right, generated from a seed so that two
 * lakes receive the same bytes under the same keys: records on both sides of a midnight,
 * duplicates within an object, across objects and across midnight, a late object whose
 * key sorts before keys already processed, users who submit again (with a tie on
 * {@code received_at}), every kind of bad line, and a corrupt object (alone on its day)
 * and a truncated one.
 */
final class MixedRawInput {

	static final Instant MIDNIGHT = Instant.parse("2026-12-01T00:00:00Z");

	private static final List<Hero> HEROES = HeroCatalog.standard().all();

	private final Random random;

	private final List<LakeRecord> curatedBefore = new ArrayList<>();

	private long sequence;

	MixedRawInput(long seed) {
		this.random = new Random(seed);
	}

	/** The first batch: what a first run finds. */
	void first(RawObjects... lakes) {
		List<WarriorProfile> warriors = Warriors.normal("Fighter", 300, 0, this.random.nextLong());
		Instant start = MIDNIGHT.minus(Duration.ofMinutes(30));
		for (int object = 0; object < 12; object++) {
			Instant writtenAt = start.plus(Duration.ofMinutes(5L * object));
			List<LakeRecord> records = new ArrayList<>();
			for (int i = 0; i < 25; i++) {
				WarriorProfile warrior = warriors.get(this.random.nextInt(warriors.size()));
				records.add(new Submission(id(), writtenAt.minusSeconds(this.random.nextInt(60)), warrior));
			}
			// a record repeated within the object, and one from an earlier object
			records.add(records.get(3));
			if (!this.curatedBefore.isEmpty()) {
				records.add(this.curatedBefore.get(this.random.nextInt(this.curatedBefore.size())));
			}
			this.curatedBefore.addAll(records);
			put(Dataset.SUBMISSIONS, writtenAt, records, lakes);
		}
		// the same user twice with the same received_at in two objects: the first curated
		// wins
		Instant tie = MIDNIGHT.plusSeconds(90);
		Hero first = HEROES.get(0);
		Hero second = HEROES.get(1);
		put(Dataset.SUBMISSIONS, tie, List.of(new Submission(id(), tie, new WarriorProfile("Tie Break", 30, first))),
				lakes);
		put(Dataset.SUBMISSIONS, tie.plusSeconds(1),
				List.of(new Submission(id(), tie, new WarriorProfile("tie break", 31, second))), lakes);
		duels(warriors, MIDNIGHT.minus(Duration.ofMinutes(20)), 4, lakes);
		badLines(MIDNIGHT.plus(Duration.ofMinutes(40)), lakes);
	}

	/**
	 * The second batch: new records, retries of curated ones received across midnight,
	 * and an object whose key sorts before keys the first run processed.
	 */
	void second(RawObjects... lakes) {
		List<WarriorProfile> warriors = Warriors.normal("Fighter", 300, 0, this.random.nextLong());
		List<LakeRecord> records = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			records.add(new Submission(id(), MIDNIGHT.plus(Duration.ofMinutes(50)),
					warriors.get(this.random.nextInt(warriors.size()))));
		}
		for (int i = 0; i < 10; i++) {
			Submission retried = (Submission) this.curatedBefore.get(this.random.nextInt(this.curatedBefore.size()));
			// an idempotent retry received again, on the other side of midnight
			records
				.add(new Submission(retried.id(), retried.receivedAt().plus(Duration.ofHours(12)), retried.warrior()));
		}
		put(Dataset.SUBMISSIONS, MIDNIGHT.plus(Duration.ofMinutes(55)), records, lakes);
		put(Dataset.SUBMISSIONS, MIDNIGHT.minus(Duration.ofMinutes(29)),
				List.of(new Submission(id(), MIDNIGHT.minus(Duration.ofMinutes(29)), warriors.get(0))), lakes);
		duels(warriors, MIDNIGHT.plus(Duration.ofMinutes(56)), 2, lakes);
	}

	private void duels(List<WarriorProfile> warriors, Instant start, int objects, RawObjects... lakes) {
		for (int object = 0; object < objects; object++) {
			Instant writtenAt = start.plus(Duration.ofMinutes(object));
			List<LakeRecord> records = new ArrayList<>();
			for (int i = 0; i < 30; i++) {
				String name1 = warriors.get(this.random.nextInt(warriors.size())).name();
				String name2 = HEROES.get(this.random.nextInt(HEROES.size())).name();
				Instant occurredAt = (i % 3 == 0) ? null : writtenAt.minusSeconds(100 + i);
				records.add(new DuelResult(id(), writtenAt.minusSeconds(i),
						new DuelOutcome(name1, name2, this.random.nextBoolean() ? name1 : name2, occurredAt)));
			}
			records.add(records.get(0));
			put(Dataset.DUEL_RESULTS, writtenAt, records, lakes);
		}
	}

	private void badLines(Instant writtenAt, RawObjects... lakes) {
		Submission good = new Submission(id(), writtenAt, new WarriorProfile("Good Line", 40, HEROES.get(2)));
		String valid = RawObjects.CODEC.encodeLine(good);
		UUID id = id();
		Instant receivedAt = Instant.parse("2026-12-01T00:40:00Z");
		List<String> lines = new ArrayList<>(List.of(valid));
		lines.addAll(BadLines.submissions(id, receivedAt));
		byte[] whole = RawObjects.CODEC.encode(List.of(good));
		long mixed = ++this.sequence;
		long corrupt = ++this.sequence;
		long truncated = ++this.sequence;
		long duels = ++this.sequence;
		for (RawObjects lake : lakes) {
			lake.putLines(Dataset.SUBMISSIONS, writtenAt, mixed, lines);
			// alone on its day: a day whose state records a processed object and no id
			lake.put(LakeLayout.rawKey(Dataset.SUBMISSIONS, writtenAt.plus(Duration.ofDays(1)), "test", corrupt),
					"not gzip at all".getBytes());
			lake.put(LakeLayout.rawKey(Dataset.SUBMISSIONS, writtenAt.plusSeconds(2), "test", truncated),
					Arrays.copyOf(whole, whole.length / 2));
			lake.putLines(Dataset.DUEL_RESULTS, writtenAt, duels, BadLines.duelResults(id, receivedAt));
		}
	}

	private void put(Dataset dataset, Instant writtenAt, List<? extends LakeRecord> records, RawObjects... lakes) {
		long objectSequence = ++this.sequence;
		for (RawObjects lake : lakes) {
			lake.put(dataset, writtenAt, objectSequence, records);
		}
	}

	private UUID id() {
		return new UUID(this.random.nextLong(), this.random.nextLong());
	}

}

package dev.scaleswell.etl.run;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import dev.scaleswell.model.hero.Hero;
import dev.scaleswell.model.hero.HeroCatalog;
import dev.scaleswell.model.lake.LakeLayout;
import dev.scaleswell.model.record.Dataset;
import dev.scaleswell.model.record.DuelOutcome;
import dev.scaleswell.model.record.DuelResult;
import dev.scaleswell.model.record.JsonLinesCodec;
import dev.scaleswell.model.record.LakeRecord;
import dev.scaleswell.model.record.RecordIds;
import dev.scaleswell.model.record.Submission;
import dev.scaleswell.model.warrior.WarriorProfile;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Writes raw objects the way ingest does (gzip JSON lines under {@code raw/}), for tests
 * and the benchmark. Warriors are seeded: ages from a normal curve around
 * {@code 30 + ageShift}, heroes uniformly from the catalog.
 */
final class RawLake {

	private static final JsonLinesCodec CODEC = JsonLinesCodec.standard();

	private final S3Client s3;

	private final String bucket;

	private final AtomicLong sequence = new AtomicLong();

	private final List<String> written = new CopyOnWriteArrayList<>();

	RawLake(S3Client s3, String bucket) {
		this.s3 = s3;
		this.bucket = bucket;
	}

	/**
	 * Submits {@code count} warriors named {@code <prefix> <n>}, {@code perObject} to an
	 * object.
	 */
	List<WarriorProfile> submit(String prefix, int count, int ageShift, long seed, int perObject) {
		SplittableRandom random = new SplittableRandom(seed);
		List<Hero> heroes = HeroCatalog.standard().all();
		List<WarriorProfile> warriors = new ArrayList<>(count);
		List<Submission> batch = new ArrayList<>(perObject);
		for (int i = 0; i < count; i++) {
			int age = (int) Math.round(30 + ageShift + 9 * random.nextGaussian());
			WarriorProfile warrior = new WarriorProfile(prefix + " " + i, Math.clamp(age, 13, 100),
					heroes.get(random.nextInt(heroes.size())));
			warriors.add(warrior);
			batch.add(new Submission(RecordIds.newId(), Instant.now(), warrior));
			if (batch.size() == perObject) {
				put(Dataset.SUBMISSIONS, batch);
				batch.clear();
			}
		}
		if (!batch.isEmpty()) {
			put(Dataset.SUBMISSIONS, batch);
		}
		return warriors;
	}

	/** Records one duel between two warriors with its winner. */
	void recordDuels(List<DuelOutcome> outcomes) {
		put(Dataset.DUEL_RESULTS,
				outcomes.stream().map((o) -> new DuelResult(RecordIds.newId(), Instant.now(), o)).toList());
	}

	/** The ids of every record written, as ingest would have acknowledged them. */
	List<String> acknowledgedIds() {
		return List.copyOf(this.written);
	}

	private void put(Dataset dataset, List<? extends LakeRecord> records) {
		String key = LakeLayout.rawKey(dataset, Instant.now(), "test", this.sequence.incrementAndGet());
		this.s3.putObject((request) -> request.bucket(this.bucket).key(key),
				RequestBody.fromBytes(CODEC.encode(records)));
		records.forEach((record) -> this.written.add(record.id().toString()));
	}

}

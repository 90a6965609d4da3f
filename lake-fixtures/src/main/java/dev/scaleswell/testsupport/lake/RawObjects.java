package dev.scaleswell.testsupport.lake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;

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
 * Writes raw objects as ingest does: gzip JSON lines in the lake's own codec under
 * {@code raw/}, written by a writer named {@code test}. Remembers the id of every record
 * it wrote, as ingest would have acknowledged them.
 */
public final class RawObjects {

	public static final JsonLinesCodec CODEC = JsonLinesCodec.standard();

	private final S3Client s3;

	private final String bucket;

	private final AtomicLong sequence = new AtomicLong();

	private final List<String> written = new CopyOnWriteArrayList<>();

	public RawObjects(S3Client s3, String bucket) {
		this.s3 = s3;
		this.bucket = bucket;
	}

	/** One object of {@code records}, keyed as written at {@code writtenAt}. */
	public String put(Dataset dataset, Instant writtenAt, long sequence, List<? extends LakeRecord> records) {
		String key = put(LakeLayout.rawKey(dataset, writtenAt, "test", sequence), CODEC.encode(records));
		records.forEach((record) -> this.written.add(record.id().toString()));
		return key;
	}

	/** One object of raw lines as given (good or bad), gzip-compressed. */
	public String putLines(Dataset dataset, Instant writtenAt, long sequence, List<String> lines) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
			gzip.write(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return put(LakeLayout.rawKey(dataset, writtenAt, "test", sequence), bytes.toByteArray());
	}

	/** An object of any bytes (a corrupt or truncated one). */
	public String put(String key, byte[] body) {
		this.s3.putObject((request) -> request.bucket(this.bucket).key(key), RequestBody.fromBytes(body));
		return key;
	}

	/**
	 * Submits {@link Warriors#normal} warriors now, {@code perObject} to an object.
	 * @return the warriors submitted
	 */
	public List<WarriorProfile> submit(String prefix, int count, int ageShift, long seed, int perObject) {
		List<WarriorProfile> warriors = Warriors.normal(prefix, count, ageShift, seed);
		List<Submission> batch = new ArrayList<>(perObject);
		for (WarriorProfile warrior : warriors) {
			batch.add(new Submission(RecordIds.newId(), Instant.now(), warrior));
			if (batch.size() == perObject) {
				putNow(Dataset.SUBMISSIONS, batch);
				batch.clear();
			}
		}
		if (!batch.isEmpty()) {
			putNow(Dataset.SUBMISSIONS, batch);
		}
		return warriors;
	}

	/** Records the duels' outcomes now, in one object. */
	public void recordDuels(List<DuelOutcome> outcomes) {
		putNow(Dataset.DUEL_RESULTS,
				outcomes.stream().map((outcome) -> new DuelResult(RecordIds.newId(), Instant.now(), outcome)).toList());
	}

	/**
	 * The ids of every record written through {@link #put(Dataset, Instant, long, List)}.
	 */
	public List<String> acknowledgedIds() {
		return List.copyOf(this.written);
	}

	private void putNow(Dataset dataset, List<? extends LakeRecord> records) {
		put(dataset, Instant.now(), this.sequence.incrementAndGet(), records);
	}

}

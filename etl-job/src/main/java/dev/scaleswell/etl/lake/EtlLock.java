package dev.scaleswell.etl.lake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import dev.scaleswell.model.lake.LakeLayout;
import dev.scaleswell.model.s3.CompareAndSwap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;
import tools.jackson.databind.json.JsonMapper;

/**
 * The lock that keeps ETL runs from overlapping: {@code _manifests/etl/lock.json},
 * created with a conditional put ({@code If-None-Match: *}) so that exactly one of two
 * racing runs gets it. A lock past its expiry (its holder crashed) is taken over with a
 * put conditional on the ETag that was read ({@code If-Match}), so two runs cannot both
 * take over the same stale lock. The expiry must exceed the longest run.
 */
public final class EtlLock implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EtlLock.class);

	private static final JsonMapper JSON = LakeJson.MAPPER;

	private final S3Client s3;

	private final String bucket;

	private final LockRecord record;

	private boolean held = true;

	private EtlLock(S3Client s3, String bucket, LockRecord record) {
		this.s3 = s3;
		this.bucket = bucket;
		this.record = record;
	}

	/**
	 * Takes the lock for {@code owner} (a run id) until {@code ttl} from now.
	 * @throws LockHeldException if another run holds an unexpired lock
	 */
	public static EtlLock acquire(S3Client s3, String bucket, String owner, Duration ttl, Clock clock) {
		Instant now = clock.instant();
		LockRecord mine = new LockRecord(owner, now, now.plus(ttl));
		for (int attempt = 0; attempt < 3; attempt++) {
			if (put(s3, bucket, mine, null)) {
				return new EtlLock(s3, bucket, mine);
			}
			Current current = read(s3, bucket);
			if (current == null) {
				continue; // released between our put and our read: try again
			}
			if (current.record().expiresAt().isAfter(now)) {
				throw new LockHeldException(current.record().owner(), current.record().expiresAt());
			}
			if (put(s3, bucket, mine, current.etag())) {
				log.warn("Took over the stale ETL lock of run {} (expired {})", current.record().owner(),
						current.record().expiresAt());
				return new EtlLock(s3, bucket, mine);
			}
		}
		Current current = read(s3, bucket);
		throw new LockHeldException((current != null) ? current.record().owner() : "unknown",
				(current != null) ? current.record().expiresAt() : now);
	}

	public String owner() {
		return this.record.owner();
	}

	/**
	 * Releases the lock if this run still holds it (it may have expired and been taken).
	 */
	@Override
	public void close() {
		if (!this.held) {
			return;
		}
		this.held = false;
		Current current = read(this.s3, this.bucket);
		if (current != null && current.record().equals(this.record)) {
			this.s3.deleteObject((request) -> request.bucket(this.bucket).key(LakeLayout.etlLockKey()));
		}
		else {
			log.warn("The ETL lock of run {} expired and was taken over before release", this.record.owner());
		}
	}

	private static boolean put(S3Client s3, String bucket, LockRecord lock, @Nullable String expectedEtag) {
		PutObjectRequest.Builder request = CompareAndSwap.expecting(
				PutObjectRequest.builder().bucket(bucket).key(LakeLayout.etlLockKey()).contentType("application/json"),
				expectedEtag);
		try {
			s3.putObject(request.build(), RequestBody.fromBytes(JSON.writeValueAsBytes(lock)));
			return true;
		}
		catch (S3Exception ex) {
			if (Conditions.isLostRace(ex)) {
				return false;
			}
			throw ex;
		}
	}

	private static @Nullable Current read(S3Client s3, String bucket) {
		try {
			ResponseBytes<GetObjectResponse> bytes = s3
				.getObjectAsBytes((request) -> request.bucket(bucket).key(LakeLayout.etlLockKey()));
			return new Current(JSON.readValue(bytes.asByteArray(), LockRecord.class), bytes.response().eTag());
		}
		catch (NoSuchKeyException ex) {
			return null;
		}
	}

	/** The lock object's body. */
	record LockRecord(String owner, Instant acquiredAt, Instant expiresAt) {
	}

	private record Current(LockRecord record, String etag) {
	}

}

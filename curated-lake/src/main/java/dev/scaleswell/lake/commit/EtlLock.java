package dev.scaleswell.lake.commit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

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
 * The lease that keeps ETL runs from overlapping: {@code _manifests/etl/lock.json}.
 * <ul>
 * <li>It is created with a conditional put ({@code If-None-Match: *}), so exactly one of
 * two racing runs gets it.</li>
 * <li>It is held for a short lease that the live run renews from a heartbeat thread every
 * third of the lease, each renewal a put conditional on the ETag of the previous write
 * ({@link CompareAndSwap}). A holder that dies stops renewing, and its lease lapses
 * within one lease duration of its last heartbeat.</li>
 * <li>A lapsed lease is taken over with a put conditional on the ETag that was read, so
 * two runs cannot both take over the same one.</li>
 * <li>{@link #check()} renews synchronously; a run calls it right before it commits, so a
 * run whose lease was taken over (it stalled past its lease) fails instead of committing.
 * {@code latest.json}'s own conditional replace stays the second line of defence.</li>
 * </ul>
 */
public final class EtlLock implements Fence, AutoCloseable {

	/**
	 * Long enough to ride out a slow S3 answer or two, short enough that a crash costs
	 * one cron slot.
	 */
	public static final Duration DEFAULT_LEASE = Duration.ofSeconds(90);

	private static final Duration SHORTEST_LEASE = Duration.ofSeconds(1);

	private static final Logger log = LoggerFactory.getLogger(EtlLock.class);

	private static final JsonMapper JSON = LakeJson.MAPPER;

	private final S3Client s3;

	private final String bucket;

	private final Duration lease;

	private final Clock clock;

	// a platform thread of its own: a renewal never waits behind the run's own work
	private final ScheduledExecutorService heartbeat = Executors
		.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("etl-lease").daemon().factory());

	private LockRecord record;

	private String etag;

	private @Nullable String lostReason;

	private boolean released;

	private EtlLock(S3Client s3, String bucket, Duration lease, Clock clock, LockRecord record, String etag) {
		this.s3 = s3;
		this.bucket = bucket;
		this.lease = lease;
		this.clock = clock;
		this.record = record;
		this.etag = etag;
	}

	private static EtlLock held(S3Client s3, String bucket, Duration lease, Clock clock, LockRecord record,
			String etag) {
		EtlLock lock = new EtlLock(s3, bucket, lease, clock, record, etag);
		long period = lease.toMillis() / 3;
		lock.heartbeat.scheduleWithFixedDelay(lock::beat, period, period, TimeUnit.MILLISECONDS);
		return lock;
	}

	/**
	 * Takes the lease for {@code owner} (a run id) and keeps renewing it until
	 * {@link #close()}.
	 * @throws LockHeldException if another run holds a lease that has not lapsed
	 */
	public static EtlLock acquire(S3Client s3, String bucket, String owner, Duration lease, Clock clock) {
		if (lease.compareTo(SHORTEST_LEASE) < 0) {
			throw new IllegalArgumentException("the ETL lease must be at least " + SHORTEST_LEASE + ", was " + lease);
		}
		Instant now = clock.instant();
		LockRecord mine = new LockRecord(owner, now, now, now.plus(lease));
		for (int attempt = 0; attempt < 3; attempt++) {
			String etag = put(s3, bucket, mine, null);
			if (etag != null) {
				return held(s3, bucket, lease, clock, mine, etag);
			}
			Current current = read(s3, bucket);
			if (current == null) {
				continue; // released between our put and our read: try again
			}
			if (current.record().equals(mine)) {
				// a retried create whose first attempt landed
				return held(s3, bucket, lease, clock, mine, current.etag());
			}
			if (current.record().expiresAt().isAfter(now)) {
				throw new LockHeldException(current.record().owner(), current.record().expiresAt());
			}
			etag = put(s3, bucket, mine, current.etag());
			if (etag != null) {
				log.warn("Took over the lapsed ETL lease of run {} (expired {})", current.record().owner(),
						current.record().expiresAt());
				return held(s3, bucket, lease, clock, mine, etag);
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
	 * Renews the lease now, so that it holds for one more lease duration.
	 * @throws LeaseLostException if another run took it over, or it was released
	 */
	@Override
	public synchronized void check() {
		if (this.released) {
			throw new LeaseLostException(owner(), "released");
		}
		renew();
	}

	/**
	 * Stops the heartbeat and deletes the lock if this run still holds it (it may have
	 * lapsed and been taken over).
	 */
	@Override
	public void close() {
		this.heartbeat.shutdown();
		synchronized (this) {
			if (this.released) {
				return;
			}
			this.released = true;
			if (this.lostReason != null) {
				return;
			}
			Current current = read(this.s3, this.bucket);
			if (current != null && current.record().equals(this.record)) {
				this.s3.deleteObject((request) -> request.bucket(this.bucket).key(LakeLayout.etlLockKey()));
			}
			else {
				log.warn("The ETL lease of run {} lapsed and was taken over before release", owner());
			}
		}
	}

	private void beat() {
		try {
			synchronized (this) {
				if (!this.released && this.lostReason == null) {
					renew();
				}
			}
		}
		catch (LeaseLostException ex) {
			log.error("{}", ex.getMessage());
			this.heartbeat.shutdown();
		}
		catch (RuntimeException ex) {
			// S3 unreachable for now: the next beat retries while the lease still runs
			log.warn("The ETL lease of run {} was not renewed: {}", owner(), ex.getMessage());
		}
	}

	// callers hold this object's monitor: the heartbeat and check() never race each other
	private void renew() {
		if (this.lostReason != null) {
			throw new LeaseLostException(owner(), this.lostReason);
		}
		Instant now = this.clock.instant();
		LockRecord next = new LockRecord(owner(), this.record.acquiredAt(), now, now.plus(this.lease));
		String written = put(this.s3, this.bucket, next, this.etag);
		if (written == null) {
			Current current = read(this.s3, this.bucket);
			if (current == null || !current.record().equals(next)) {
				this.lostReason = (current == null) ? "the lock was deleted"
						: "taken over by run " + current.record().owner();
				throw new LeaseLostException(owner(), this.lostReason);
			}
			written = current.etag(); // a retried renewal whose first attempt landed
		}
		this.record = next;
		this.etag = written;
		log.debug("ETL lease of run {} renewed until {}", owner(), next.expiresAt());
	}

	/** The new ETag, or {@code null} if the precondition failed. */
	private static @Nullable String put(S3Client s3, String bucket, LockRecord lock, @Nullable String expectedEtag) {
		PutObjectRequest.Builder request = CompareAndSwap.expecting(
				PutObjectRequest.builder().bucket(bucket).key(LakeLayout.etlLockKey()).contentType("application/json"),
				expectedEtag);
		try {
			return s3.putObject(request.build(), RequestBody.fromBytes(JSON.writeValueAsBytes(lock))).eTag();
		}
		catch (S3Exception ex) {
			// If-Match on a deleted lock answers 404
			if (Conditions.isLostRace(ex) || (expectedEtag != null && ex.statusCode() == 404)) {
				return null;
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

	/**
	 * The lock object's body: who holds the lease, since when, last renewed when, until
	 * when.
	 */
	record LockRecord(String owner, Instant acquiredAt, Instant renewedAt, Instant expiresAt) {
	}

	private record Current(LockRecord record, String etag) {
	}

}

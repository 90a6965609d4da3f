package dev.scaleswell.lake.commit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import dev.scaleswell.model.lake.EtlManifest;
import dev.scaleswell.model.lake.LakeLayout;
import dev.scaleswell.model.s3.S3Clients;
import dev.scaleswell.model.s3.S3Properties;
import dev.scaleswell.testsupport.EmbeddedS3;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.s3.S3Client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class EtlLockTests {

	@RegisterExtension
	static EmbeddedS3 server = new EmbeddedS3();

	private static final AtomicInteger BUCKETS = new AtomicInteger();

	private static final Instant T0 = Instant.parse("2026-12-01T19:00:00Z");

	private static final Duration TTL = Duration.ofMinutes(10);

	S3Client s3;

	String bucket;

	@BeforeEach
	void createBucket() {
		this.bucket = "lock-" + BUCKETS.incrementAndGet();
		this.s3 = S3Clients.create(new S3Properties(server.endpoint(), "us-east-1", this.bucket, true,
				EmbeddedS3.ACCESS_KEY, EmbeddedS3.SECRET_KEY, Duration.ofSeconds(30)));
		this.s3.createBucket((request) -> request.bucket(this.bucket));
	}

	@Test
	void ofConcurrentRunsExactlyOneShouldGetTheLock() throws Exception {
		int runs = 8;
		List<Callable<Boolean>> attempts = new ArrayList<>();
		for (int i = 0; i < runs; i++) {
			String owner = "run-" + i;
			attempts.add(() -> {
				try {
					EtlLock.acquire(this.s3, this.bucket, owner, TTL, at(T0));
					return true;
				}
				catch (LockHeldException ex) {
					return false;
				}
			});
		}
		try (ExecutorService pool = Executors.newFixedThreadPool(runs)) {
			long winners = 0;
			for (Future<Boolean> result : pool.invokeAll(attempts)) {
				winners += result.get() ? 1 : 0;
			}
			assertThat(winners).isEqualTo(1);
		}
	}

	@Test
	void aHeldLockShouldBlockUntilReleased() {
		EtlLock first = EtlLock.acquire(this.s3, this.bucket, "first", TTL, at(T0));
		assertThatExceptionOfType(LockHeldException.class)
			.isThrownBy(() -> EtlLock.acquire(this.s3, this.bucket, "second", TTL, at(T0.plusSeconds(60))))
			.withMessageContaining("held by run first until " + T0.plus(TTL));
		first.close();
		try (EtlLock second = EtlLock.acquire(this.s3, this.bucket, "second", TTL, at(T0.plusSeconds(60)))) {
			assertThat(second.owner()).isEqualTo("second");
		}
		assertThat(this.s3.listObjectsV2((request) -> request.bucket(this.bucket)).contents()).isEmpty();
	}

	@Test
	void aLiveRunShouldRenewItsLeaseAndHoldItPastItsDuration() throws Exception {
		Duration lease = Duration.ofSeconds(3);
		try (EtlLock live = EtlLock.acquire(this.s3, this.bucket, "live", lease, Clock.systemUTC())) {
			Thread.sleep(lease.multipliedBy(2).plusSeconds(1));
			assertThatExceptionOfType(LockHeldException.class)
				.isThrownBy(() -> EtlLock.acquire(this.s3, this.bucket, "next", lease, Clock.systemUTC()))
				.withMessageContaining("held by run live");
			EtlLock.LockRecord record = LakeJson.MAPPER.readValue(
					this.s3.getObjectAsBytes((request) -> request.bucket(this.bucket).key(LakeLayout.etlLockKey()))
						.asByteArray(),
					EtlLock.LockRecord.class);
			assertThat(record.renewedAt()).isAfter(record.acquiredAt().plus(lease));
			assertThat(record.expiresAt()).isEqualTo(record.renewedAt().plus(lease));
		}
		assertThat(this.s3.listObjectsV2((request) -> request.bucket(this.bucket)).contents()).isEmpty();
	}

	@Test
	void aLapsedLeaseShouldBeTakenOverAndItsOldHolderShouldNeitherPassTheFenceNorReleaseIt() {
		EtlLock crashed = EtlLock.acquire(this.s3, this.bucket, "crashed", TTL, at(T0));
		EtlLock next = EtlLock.acquire(this.s3, this.bucket, "next", TTL, at(T0.plus(TTL).plusSeconds(1)));
		assertThatExceptionOfType(LeaseLostException.class).isThrownBy(crashed::check)
			.withMessage("run crashed lost the ETL lease (taken over by run next): nothing more is committed");
		crashed.close();
		assertThatExceptionOfType(LockHeldException.class)
			.isThrownBy(() -> EtlLock.acquire(this.s3, this.bucket, "third", TTL, at(T0.plus(TTL).plusSeconds(2))))
			.withMessageContaining("held by run next");
		next.check();
		next.close();
	}

	@Test
	void latestShouldOnlyBeReplacedOnTheETagThatWasRead() {
		ManifestStore store = new ManifestStore(this.s3, this.bucket);
		assertThat(store.latest()).isEmpty();
		String etag = store.commit(manifest("r1"), null);
		assertThatExceptionOfType(ManifestConflictException.class).isThrownBy(() -> store.commit(manifest("r2"), null));
		String next = store.commit(manifest("r2"), etag);
		assertThatExceptionOfType(ManifestConflictException.class).isThrownBy(() -> store.commit(manifest("r3"), etag))
			.withMessageContaining("run r3 is not committed");
		assertThat(store.latest()).hasValueSatisfying((latest) -> {
			assertThat(latest.manifest().runId()).isEqualTo("r2");
			assertThat(latest.etag()).isEqualTo(next);
		});
		assertThat(LakeLayout.latestManifestKey()).isEqualTo("_manifests/etl/latest.json");
	}

	private static EtlManifest manifest(String runId) {
		return new EtlManifest(runId, T0, List.of(), java.util.Map.of(), EtlManifest.Totals.NONE, null, null);
	}

	private static Clock at(Instant instant) {
		return Clock.fixed(instant, ZoneOffset.UTC);
	}

}

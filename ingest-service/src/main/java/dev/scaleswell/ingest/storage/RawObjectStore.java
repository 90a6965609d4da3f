package dev.scaleswell.ingest.storage;

import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import dev.scaleswell.model.lake.LakeLayout;
import dev.scaleswell.model.record.Dataset;
import dev.scaleswell.model.record.JsonLinesCodec;
import dev.scaleswell.model.record.LakeRecord;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Writes one batch of records as one gzip JSON-lines object under a fresh raw key,
 * retrying with exponential backoff until the flush deadline. The put is conditional
 * ({@code If-None-Match: *}): an object is never replaced, and a 412 on a retry means an
 * earlier attempt of the same batch already stored it (keys are unique to this process:
 * instance name, random boot token, sequence).
 */
public class RawObjectStore {

	private static final Logger logger = LoggerFactory.getLogger(RawObjectStore.class);

	private static final int PRECONDITION_FAILED = 412;

	private final S3Client s3;

	private final String bucket;

	private final JsonLinesCodec codec;

	private final WriterProperties properties;

	private final Clock clock;

	private final String instance;

	private final AtomicLong sequence = new AtomicLong();

	private final Counter failures;

	public RawObjectStore(S3Client s3, String bucket, JsonLinesCodec codec, WriterProperties properties, Clock clock,
			MeterRegistry meters) {
		this.s3 = s3;
		this.bucket = bucket;
		this.codec = codec;
		this.properties = properties;
		this.clock = clock;
		this.instance = instanceToken(properties.instance());
		this.failures = Counter.builder("ingest.s3.failures")
			.description("S3 put attempts that failed (each retry counts)")
			.register(meters);
	}

	/** This process's name in raw keys: the configured instance plus a boot token. */
	public String instance() {
		return this.instance;
	}

	/**
	 * Stores {@code records} (all of {@code dataset}) as one object.
	 * @throws StorageUnavailableException if S3 did not take it within the flush deadline
	 */
	public StoredObject put(Dataset dataset, List<? extends LakeRecord> records) {
		byte[] body = this.codec.encode(records);
		String key = LakeLayout.rawKey(dataset, this.clock.instant(), this.instance, this.sequence.getAndIncrement());
		long deadline = System.nanoTime() + this.properties.flushDeadline().toNanos();
		long backoff = this.properties.initialBackoff().toNanos();
		int attempt = 0;
		while (true) {
			attempt++;
			Duration remaining = Duration.ofNanos(Math.max(deadline - System.nanoTime(), 1_000_000));
			try {
				this.s3.putObject(PutObjectRequest.builder()
					.bucket(this.bucket)
					.key(key)
					.ifNoneMatch("*")
					.contentType("application/gzip")
					.overrideConfiguration((config) -> config.apiCallTimeout(remaining))
					.build(), RequestBody.fromBytes(body));
				return new StoredObject(key, records.size());
			}
			catch (S3Exception ex) {
				if (ex.statusCode() == PRECONDITION_FAILED) {
					// Only an earlier attempt (ours or the SDK's retry) can have created
					// this key.
					return new StoredObject(key, records.size());
				}
				backoff = retryOrGiveUp(key, attempt, ex, deadline, backoff);
			}
			catch (SdkException ex) {
				backoff = retryOrGiveUp(key, attempt, ex, deadline, backoff);
			}
		}
	}

	private long retryOrGiveUp(String key, int attempt, SdkException failure, long deadline, long backoff) {
		this.failures.increment();
		long pause = Math.min(backoff, deadline - System.nanoTime());
		if (pause <= 0) {
			logger.warn("Giving up on {} after {} attempts: {}", key, attempt, failure.getMessage());
			throw new StorageUnavailableException(StorageUnavailableException.Reason.S3_UNAVAILABLE,
					this.properties.retryAfter(), "the data lake did not accept the records in time", failure);
		}
		logger.debug("Put of {} failed (attempt {}), retrying: {}", key, attempt, failure.getMessage());
		try {
			TimeUnit.NANOSECONDS.sleep(pause);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new StorageUnavailableException(StorageUnavailableException.Reason.S3_UNAVAILABLE,
					this.properties.retryAfter(), "interrupted while retrying a put", ex);
		}
		return Math.min(backoff * 2, this.properties.maxBackoff().toNanos());
	}

	static String instanceToken(String configured) {
		String name = configured.replaceAll("[^A-Za-z0-9_.]", "_");
		if (name.length() > 50) {
			name = name.substring(0, 50);
		}
		byte[] token = new byte[4];
		ThreadLocalRandom.current().nextBytes(token);
		return (name.isEmpty() ? "ingest" : name) + "." + HexFormat.of().formatHex(token);
	}

}

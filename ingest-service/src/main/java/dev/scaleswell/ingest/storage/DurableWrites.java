package dev.scaleswell.ingest.storage;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.scaleswell.model.record.LakeRecord;

import org.springframework.stereotype.Component;

/**
 * What a request handler calls: queue a record and block (on a virtual thread) until it
 * is in S3.
 */
@Component
public class DurableWrites {

	private final RawRecordWriters writers;

	private final WriterProperties properties;

	private final long waitMillis;

	public DurableWrites(RawRecordWriters writers, WriterProperties properties) {
		this.writers = writers;
		this.properties = properties;
		// The writer answers within flush interval + deadline; the margin covers a queue
		// that is ahead of this record.
		this.waitMillis = properties.flushInterval().plus(properties.flushDeadline()).multipliedBy(3).toMillis();
	}

	/**
	 * Stores {@code record} durably.
	 * @throws StorageUnavailableException if it was not stored (the client may retry)
	 */
	public StoredObject store(LakeRecord record) {
		CompletableFuture<StoredObject> stored = this.writers.submit(record);
		try {
			return stored.get(this.waitMillis, TimeUnit.MILLISECONDS);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof StorageUnavailableException unavailable) {
				throw unavailable;
			}
			throw unavailable("the records could not be stored", ex.getCause());
		}
		catch (TimeoutException ex) {
			throw unavailable("the data lake did not confirm the write in time", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw unavailable("interrupted while waiting for the data lake", ex);
		}
	}

	private StorageUnavailableException unavailable(String message, Throwable cause) {
		Duration retryAfter = this.properties.retryAfter();
		return new StorageUnavailableException(StorageUnavailableException.Reason.S3_UNAVAILABLE, retryAfter, message,
				cause);
	}

}

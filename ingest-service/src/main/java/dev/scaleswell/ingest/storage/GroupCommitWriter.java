package dev.scaleswell.ingest.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.scaleswell.model.record.Dataset;
import dev.scaleswell.model.record.LakeRecord;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One dataset's group commit. Requests enqueue records and wait on a future; one thread
 * takes the oldest record, gathers whatever else arrives within the flush interval (or up
 * to the batch limit), stores the lot as one object and then completes every future of
 * the batch. While a put is in flight, new records queue up and go out together in the
 * next object, so the number of S3 puts stays flat as load grows.
 */
public class GroupCommitWriter {

	private static final Logger logger = LoggerFactory.getLogger(GroupCommitWriter.class);

	private static final long IDLE_POLL_MILLIS = 50;

	private final Dataset dataset;

	private final RawObjectStore store;

	private final WriterProperties properties;

	private final BlockingQueue<Pending> queue;

	private final Thread thread;

	private volatile boolean accepting = true;

	/** Records accepted and not yet answered: queued, or in the batch being stored. */
	private final AtomicInteger pending = new AtomicInteger();

	private final Counter stored;

	private final Counter failed;

	private final Counter rejected;

	private final Counter queueRejections;

	private final DistributionSummary batchSize;

	private final Timer flushTime;

	public GroupCommitWriter(Dataset dataset, RawObjectStore store, WriterProperties properties, MeterRegistry meters) {
		this.dataset = dataset;
		this.store = store;
		this.properties = properties;
		this.queue = new ArrayBlockingQueue<>(properties.queueCapacity());
		this.thread = Thread.ofPlatform().name("ingest-writer-" + dataset.path()).unstarted(this::run);
		String tag = dataset.path();
		this.stored = IngestMeters.records(meters, tag, "stored");
		this.failed = IngestMeters.records(meters, tag, "failed");
		this.rejected = IngestMeters.records(meters, tag, "rejected");
		this.queueRejections = Counter.builder("ingest.queue.rejections")
			.description("Requests answered 503 at once because the queue was full or the service was stopping")
			.tag("dataset", tag)
			.register(meters);
		this.batchSize = DistributionSummary.builder("ingest.batch.records")
			.description("Records per raw object")
			.tag("dataset", tag)
			.publishPercentileHistogram()
			.serviceLevelObjectives(1, 10, 100, 1000)
			.register(meters);
		this.flushTime = Timer.builder("ingest.flush")
			.description("Time to store one batch in S3, retries included")
			.tag("dataset", tag)
			.publishPercentileHistogram()
			.register(meters);
		Gauge.builder("ingest.queue.depth", this.pending, AtomicInteger::get)
			.description("Records accepted and waiting to be stored (queued or in the batch being written)")
			.tag("dataset", tag)
			.register(meters);
		Gauge.builder("ingest.queue.capacity", properties, WriterProperties::queueCapacity)
			.description("Records the queue holds at most")
			.tag("dataset", tag)
			.register(meters);
	}

	public Dataset dataset() {
		return this.dataset;
	}

	void start() {
		this.thread.start();
	}

	/**
	 * Queues {@code record} for the next object.
	 * @return completes with the object once the record is in S3, or exceptionally with a
	 * {@link StorageUnavailableException}
	 * @throws StorageUnavailableException at once if the queue is full or the writer
	 * stops
	 */
	public CompletableFuture<StoredObject> submit(LakeRecord record) {
		if (!this.accepting) {
			throw refuse(StorageUnavailableException.Reason.SHUTTING_DOWN, "the service is shutting down");
		}
		Pending entry = new Pending(record, System.nanoTime(), new CompletableFuture<>());
		this.pending.incrementAndGet();
		if (!this.queue.offer(entry)) {
			this.pending.decrementAndGet();
			throw refuse(StorageUnavailableException.Reason.QUEUE_FULL, "too many records are waiting to be stored");
		}
		// A stop that raced this offer may have drained the queue already: take the
		// record
		// back unless the writer has it (then the writer completes it).
		if (!this.accepting && this.queue.remove(entry)) {
			this.pending.decrementAndGet();
			throw refuse(StorageUnavailableException.Reason.SHUTTING_DOWN, "the service is shutting down");
		}
		return entry.done();
	}

	/** Refuses new records; the writer goes on until the queue is empty. */
	void stopAccepting() {
		this.accepting = false;
	}

	/** Waits for the writer to store every queued record and end. */
	void awaitDrained(long timeoutMillis) throws InterruptedException {
		this.thread.join(timeoutMillis);
		if (this.thread.isAlive()) {
			logger.warn("Writer for {} still busy after {} ms with {} queued records", this.dataset.path(),
					timeoutMillis, this.queue.size());
		}
	}

	int queueDepth() {
		return this.pending.get();
	}

	private StorageUnavailableException refuse(StorageUnavailableException.Reason reason, String message) {
		this.queueRejections.increment();
		this.rejected.increment();
		return new StorageUnavailableException(reason, this.properties.retryAfter(), message);
	}

	private void run() {
		List<Pending> batch = new ArrayList<>(Math.min(this.properties.maxBatch(), 4096));
		while (true) {
			try {
				Pending first = this.queue.poll(IDLE_POLL_MILLIS, TimeUnit.MILLISECONDS);
				if (first == null) {
					if (!this.accepting) {
						return;
					}
					continue;
				}
				batch.add(first);
				gather(batch, first.enqueuedNanos() + this.properties.flushInterval().toNanos());
				flush(batch);
			}
			catch (InterruptedException ex) {
				// Only stopAndDrain() ends the writer: records taken or queued must still
				// be
				// stored.
				logger.warn("Writer for {} interrupted; continuing to drain", this.dataset.path());
				if (!batch.isEmpty()) {
					flush(batch);
				}
			}
			catch (RuntimeException ex) {
				fail(batch, new StorageUnavailableException(StorageUnavailableException.Reason.S3_UNAVAILABLE,
						this.properties.retryAfter(), "the records could not be stored", ex));
				logger.error("Unexpected failure storing a batch of {}", this.dataset.path(), ex);
			}
			finally {
				batch.clear();
			}
		}
	}

	private void gather(List<Pending> batch, long flushAt) throws InterruptedException {
		int max = this.properties.maxBatch();
		while (batch.size() < max) {
			this.queue.drainTo(batch, max - batch.size());
			long wait = flushAt - System.nanoTime();
			if (batch.size() >= max || wait <= 0 || !this.accepting) {
				return;
			}
			Pending next = this.queue.poll(wait, TimeUnit.NANOSECONDS);
			if (next == null) {
				return;
			}
			batch.add(next);
		}
	}

	private void flush(List<Pending> batch) {
		List<LakeRecord> records = batch.stream().map(Pending::record).toList();
		long start = System.nanoTime();
		try {
			StoredObject object = this.store.put(this.dataset, records);
			this.flushTime.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
			this.batchSize.record(records.size());
			this.stored.increment(records.size());
			this.pending.addAndGet(-batch.size());
			batch.forEach((entry) -> entry.done().complete(object));
		}
		catch (StorageUnavailableException ex) {
			this.flushTime.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
			fail(batch, ex);
		}
	}

	private void fail(List<Pending> batch, StorageUnavailableException failure) {
		int open = 0;
		for (Pending entry : batch) {
			if (entry.done().completeExceptionally(failure)) {
				open++;
			}
		}
		this.pending.addAndGet(-open);
		this.failed.increment(open);
	}

	private record Pending(LakeRecord record, long enqueuedNanos, CompletableFuture<StoredObject> done) {
	}

}

package dev.scaleswell.ingest.storage;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import dev.scaleswell.model.record.Dataset;
import dev.scaleswell.model.record.LakeRecord;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * The group-commit writers, one per dataset, started and stopped with the application.
 * They stop in a phase after the web server's graceful shutdown, so requests in flight
 * still get their records stored; then they drain whatever is queued before the process
 * exits.
 */
public class RawRecordWriters implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(RawRecordWriters.class);

	/** Below the web server's phases: stops after the server stopped taking requests. */
	static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

	private final Map<Dataset, GroupCommitWriter> writers = new EnumMap<>(Dataset.class);

	private final long drainTimeoutMillis;

	private volatile boolean running;

	public RawRecordWriters(RawObjectStore store, WriterProperties properties, MeterRegistry meters) {
		for (Dataset dataset : Dataset.values()) {
			this.writers.put(dataset, new GroupCommitWriter(dataset, store, properties, meters));
		}
		// Every queued batch gets its full flush deadline, plus a margin.
		this.drainTimeoutMillis = properties.flushDeadline().multipliedBy(2).toMillis() + 1000;
	}

	/**
	 * Queues {@code record} for its dataset's next object.
	 * @see GroupCommitWriter#submit(LakeRecord)
	 */
	public CompletableFuture<StoredObject> submit(LakeRecord record) {
		return this.writers.get(record.dataset()).submit(record);
	}

	/** Records accepted and not yet answered, per dataset. */
	public Map<Dataset, Integer> queueDepths() {
		Map<Dataset, Integer> depths = new EnumMap<>(Dataset.class);
		this.writers.forEach((dataset, writer) -> depths.put(dataset, writer.queueDepth()));
		return depths;
	}

	@Override
	public void start() {
		this.writers.values().forEach(GroupCommitWriter::start);
		this.running = true;
	}

	@Override
	public void stop() {
		for (GroupCommitWriter writer : this.writers.values()) {
			logger.info("Draining {} queued {} records", writer.queueDepth(), writer.dataset().path());
			writer.stopAccepting();
		}
		try {
			for (GroupCommitWriter writer : this.writers.values()) {
				writer.awaitDrained(this.drainTimeoutMillis);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

}

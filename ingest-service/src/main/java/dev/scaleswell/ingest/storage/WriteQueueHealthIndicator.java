package dev.scaleswell.ingest.storage;

import java.util.Map;

import dev.scaleswell.model.record.Dataset;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The pod's own ability to take writes, for readiness: down while a dataset's queue is
 * nearly full, so the Service sends new clients to other pods. S3 is deliberately not
 * part of it: an S3 outage hits every pod alike, and requests then get 503 with
 * {@code Retry-After} anyway; taking every pod out of the Service would only turn those
 * into connection errors.
 */
class WriteQueueHealthIndicator implements HealthIndicator {

	/** The share of a queue's capacity from which the pod stops taking new clients. */
	static final double SATURATED = 0.9;

	private final RawRecordWriters writers;

	private final int capacity;

	WriteQueueHealthIndicator(RawRecordWriters writers, WriterProperties properties) {
		this.writers = writers;
		this.capacity = properties.queueCapacity();
	}

	@Override
	public Health health() {
		Map<Dataset, Integer> depths = this.writers.queueDepths();
		boolean saturated = depths.values().stream().anyMatch((depth) -> depth >= SATURATED * this.capacity);
		Health.Builder health = saturated ? Health.outOfService() : Health.up();
		depths.forEach((dataset, depth) -> health.withDetail(dataset.path(), depth));
		return health.withDetail("capacity", this.capacity).build();
	}

}

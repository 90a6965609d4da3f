package dev.scaleswell.ingest.storage;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the group-commit writers batch and store records.
 *
 * @param flushInterval how long the oldest queued record may wait for others to share its
 * object
 * @param maxBatch records per object at most; a full batch is written at once
 * @param queueCapacity records waiting per dataset at most; beyond it requests get 503
 * @param flushDeadline how long one batch may take to store, retries included, before its
 * requests get 503
 * @param initialBackoff pause before the first retry of a failed put; doubles each time
 * @param maxBackoff longest pause between retries
 * @param retryAfter the {@code Retry-After} a client gets with a 503
 * @param instance this replica's name in raw object keys (a random suffix keeps restarts
 * apart); characters outside {@code [A-Za-z0-9_.]} become {@code _}
 */
@ConfigurationProperties("scaleswell.ingest.writer")
public record WriterProperties(@DefaultValue("10ms") Duration flushInterval, @DefaultValue("1000") int maxBatch,
		@DefaultValue("10000") int queueCapacity, @DefaultValue("2s") Duration flushDeadline,
		@DefaultValue("25ms") Duration initialBackoff, @DefaultValue("400ms") Duration maxBackoff,
		@DefaultValue("1s") Duration retryAfter, @DefaultValue("local") String instance) {

	public WriterProperties {
		if (maxBatch < 1 || queueCapacity < 1) {
			throw new IllegalArgumentException(
					"scaleswell.ingest.writer.max-batch and queue-capacity must be positive");
		}
		if (flushInterval.isNegative() || !flushDeadline.isPositive() || !initialBackoff.isPositive()
				|| maxBackoff.compareTo(initialBackoff) < 0) {
			throw new IllegalArgumentException("scaleswell.ingest.writer durations are out of range");
		}
	}

}

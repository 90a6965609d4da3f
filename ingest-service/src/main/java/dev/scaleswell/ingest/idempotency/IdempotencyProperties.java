package dev.scaleswell.ingest.idempotency;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long this replica remembers responses by idempotency key.
 *
 * @param retention how long a response is replayed
 * @param maxEntries responses kept at most; the least recently used go first
 */
@ConfigurationProperties("scaleswell.ingest.idempotency")
public record IdempotencyProperties(@DefaultValue("24h") Duration retention, @DefaultValue("100000") long maxEntries) {
}

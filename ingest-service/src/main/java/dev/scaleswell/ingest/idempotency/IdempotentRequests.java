package dev.scaleswell.ingest.idempotency;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.scaleswell.ingest.system.InvalidInputException;
import dev.scaleswell.model.record.Dataset;
import dev.scaleswell.model.record.RecordIds;
import dev.scaleswell.model.validation.FieldViolation;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Runs a write at most once per idempotency key.
 * <ul>
 * <li>On this replica, within the retention: a repeat gets the first response and stores
 * nothing; a repeat that arrives while the first is in flight waits for it. A failed
 * first attempt (503) is forgotten, so a retry stores the record.</li>
 * <li>Anywhere else (another replica, after a restart or eviction): the record id is
 * derived from (dataset, client scope, key), so the repeat stores a line with the same id
 * and the ETL keeps one.</li>
 * </ul>
 */
@Component
public class IdempotentRequests {

	public static final String HEADER = "Idempotency-Key";

	private static final int MAX_KEY_LENGTH = 255;

	private final ConcurrentMap<String, CompletableFuture<Completed>> responses;

	public IdempotentRequests(IdempotencyProperties properties) {
		AsyncCache<String, Completed> cache = Caffeine.newBuilder()
			.expireAfterWrite(properties.retention())
			.maximumSize(properties.maxEntries())
			.buildAsync();
		this.responses = cache.asMap();
	}

	/**
	 * Runs {@code write} with the record id to use, unless {@code key} was seen before.
	 * @param fingerprint what makes two requests the same (the validated input)
	 * @throws IdempotencyKeyReusedException if the key came with another request
	 */
	public <T> Outcome<T> execute(Dataset dataset, String scope, @Nullable String key, Object fingerprint,
			Function<UUID, T> write) {
		if (key == null) {
			return new Outcome<>(write.apply(RecordIds.newId()), false);
		}
		requireValid(key);
		String cacheKey = dataset.path() + '\n' + scope + '\n' + key;
		CompletableFuture<Completed> mine = new CompletableFuture<>();
		CompletableFuture<Completed> first = this.responses.putIfAbsent(cacheKey, mine);
		if (first != null) {
			return replay(first, fingerprint);
		}
		try {
			T response = write.apply(RecordIds.fromIdempotencyKey(dataset, scope, key));
			mine.complete(new Completed(fingerprint, response));
			return new Outcome<>(response, false);
		}
		catch (RuntimeException ex) {
			this.responses.remove(cacheKey, mine);
			mine.completeExceptionally(ex);
			throw ex;
		}
	}

	@SuppressWarnings("unchecked")
	private static <T> Outcome<T> replay(CompletableFuture<Completed> first, Object fingerprint) {
		Completed completed;
		try {
			completed = first.join();
		}
		catch (CompletionException ex) {
			// The first attempt failed (503): so does this one, the client retries later.
			throw (ex.getCause() instanceof RuntimeException cause) ? cause : ex;
		}
		if (!completed.fingerprint().equals(fingerprint)) {
			throw new IdempotencyKeyReusedException();
		}
		return new Outcome<>((T) completed.response(), true);
	}

	private static void requireValid(String key) {
		if (key.isEmpty() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch((c) -> c >= 0x21 && c <= 0x7e)) {
			throw new InvalidInputException(List.of(new FieldViolation(HEADER,
					HEADER + " must be 1-" + MAX_KEY_LENGTH + " visible ASCII characters, such as a UUID")));
		}
	}

	/** A response, and whether it is a replay of an earlier one. */
	public record Outcome<T>(T response, boolean replayed) {
	}

	private record Completed(Object fingerprint, Object response) {
	}

}

package dev.scaleswell.ingest.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who sent a request. A client with an API key is named by a digest of the key (never the
 * key itself); without one, rate limits fall back to the remote address, while
 * idempotency keys share one anonymous scope (a remote address differs between replicas
 * and proxies, a key scope must not).
 */
public final class Clients {

	public static final String API_KEY_HEADER = "X-API-Key";

	private static final String ANONYMOUS = "anonymous";

	private Clients() {
	}

	/** The scope idempotency keys live in: the same on every replica. */
	public static String idempotencyScope(HttpServletRequest request) {
		String key = request.getHeader(API_KEY_HEADER);
		return (key != null && !key.isEmpty()) ? keyDigest(key) : ANONYMOUS;
	}

	/** The client a rate limit applies to. */
	static String rateLimitKey(HttpServletRequest request) {
		String key = request.getHeader(API_KEY_HEADER);
		return (key != null && !key.isEmpty()) ? keyDigest(key) : "ip:" + request.getRemoteAddr();
	}

	private static String keyDigest(String key) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
			return "key:" + HexFormat.of().formatHex(digest, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}

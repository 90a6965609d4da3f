package dev.scaleswell.analytics.snapshot;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A response body serialised once per snapshot, with a strong ETag derived from its
 * bytes: equal content gives an equal ETag across rebuilds and replicas.
 *
 * @param body the JSON bytes
 * @param etag the quoted entity tag
 */
public record CachedJson(byte[] body, String etag) {

	public static CachedJson of(byte[] body) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
			return new CachedJson(body, "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JDK has SHA-256", ex);
		}
	}

}

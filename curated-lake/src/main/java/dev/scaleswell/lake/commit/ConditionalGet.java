package dev.scaleswell.lake.commit;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Reads an object unless it still has the ETag the caller holds: one GET with
 * {@code If-None-Match}, so that what is compared and what is read are the same object (a
 * HEAD then a GET could see two different versions). Pollers of {@code latest.json} and
 * of a model's {@code online.json} read this way.
 */
public final class ConditionalGet {

	private static final int NOT_MODIFIED = 304;

	private ConditionalGet() {
	}

	public static Outcome read(S3Client s3, String bucket, String key, @Nullable String knownEtag) {
		ResponseBytes<GetObjectResponse> object;
		try {
			object = s3.getObjectAsBytes((request) -> request.bucket(bucket).key(key).ifNoneMatch(knownEtag));
		}
		catch (NoSuchKeyException ex) {
			return new Outcome.Absent();
		}
		catch (S3Exception ex) {
			if (ex.statusCode() == NOT_MODIFIED) {
				return new Outcome.Unchanged();
			}
			throw ex;
		}
		String etag = object.response().eTag();
		// a store that ignores If-None-Match still answers with the ETag
		if (etag.equals(knownEtag)) {
			return new Outcome.Unchanged();
		}
		return new Outcome.Changed(object.asByteArrayUnsafe(), etag);
	}

	/** What a conditional read found. */
	public sealed interface Outcome {

		/** The object still has the ETag the caller holds. */
		record Unchanged() implements Outcome {
		}

		/** There is no such object. */
		record Absent() implements Outcome {
		}

		/** A version the caller has not seen: its bytes and ETag. */
		record Changed(byte[] bytes, String etag) implements Outcome {
		}

	}

}

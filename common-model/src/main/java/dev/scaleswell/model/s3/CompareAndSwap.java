package dev.scaleswell.model.s3;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/**
 * The precondition of a compare-and-swap write to one S3 key, the lake's only way to
 * change a shared object (the ETL lock, {@code latest.json}, the model aliases): replace
 * it only if it is still as read, or create it only if it still does not exist. A lost
 * race is answered 412.
 */
public final class CompareAndSwap {

	private CompareAndSwap() {
	}

	/**
	 * Makes {@code put} conditional on the key's ETag still being {@code expectedEtag},
	 * or, when that is {@code null}, on the key not existing.
	 */
	public static PutObjectRequest.Builder expecting(PutObjectRequest.Builder put, @Nullable String expectedEtag) {
		return (expectedEtag != null) ? put.ifMatch(expectedEtag) : put.ifNoneMatch("*");
	}

}

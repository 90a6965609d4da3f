package dev.scaleswell.lake.commit;

import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * How S3 reports a lost conditional write.
 */
final class Conditions {

	private Conditions() {
	}

	/**
	 * 412 Precondition Failed, or 409 when a concurrent conditional write to the same key
	 * was in flight.
	 */
	static boolean isLostRace(S3Exception ex) {
		return ex.statusCode() == 412 || ex.statusCode() == 409;
	}

}

package dev.scaleswell.ingest.storage;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The one definition of {@code ingest_records_total}, shared by the writers and the web
 * edge (which counts invalid input as rejected).
 */
public final class IngestMeters {

	private IngestMeters() {
	}

	/**
	 * Records by dataset and outcome: {@code stored} (in S3 and acknowledged),
	 * {@code rejected} (invalid input, full queue, shutting down: nothing stored),
	 * {@code failed} (accepted but S3 did not take it in time: answered 503).
	 */
	public static Counter records(MeterRegistry meters, String dataset, String outcome) {
		return Counter.builder("ingest.records")
			.description("Records by dataset and outcome")
			.tag("dataset", dataset)
			.tag("outcome", outcome)
			.register(meters);
	}

}

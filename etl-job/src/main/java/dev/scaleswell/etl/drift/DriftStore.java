package dev.scaleswell.etl.drift;

import java.util.Optional;

import dev.scaleswell.model.lake.LakeLayout;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where drift's inputs and outputs live: each model version's training population
 * ({@code reference.json} beside its manifest) and each run's report
 * ({@code reports/drift/<runId>.json}).
 */
public final class DriftStore {

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(SerializationFeature.INDENT_OUTPUT)
		.disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
		.build();

	private final S3Client s3;

	private final String bucket;

	public DriftStore(S3Client s3, String bucket) {
		this.s3 = s3;
		this.bucket = bucket;
	}

	public void writeReference(String version, PopulationProfile population) {
		put(LakeLayout.modelReferenceKey(version), JSON.writeValueAsBytes(population));
	}

	/**
	 * The training population of {@code version}; empty for versions stored without one.
	 */
	public Optional<PopulationProfile> reference(String version) {
		try {
			byte[] json = this.s3
				.getObjectAsBytes((request) -> request.bucket(this.bucket).key(LakeLayout.modelReferenceKey(version)))
				.asByteArray();
			return Optional.of(JSON.readValue(json, PopulationProfile.class));
		}
		catch (NoSuchKeyException ex) {
			return Optional.empty();
		}
	}

	/** Writes {@code report} and returns its key. */
	public String writeReport(DriftReport report) {
		String key = LakeLayout.driftReportKey(report.runId());
		put(key, JSON.writeValueAsBytes(report));
		return key;
	}

	public DriftReport report(String runId) {
		return JSON.readValue(
				this.s3.getObjectAsBytes((request) -> request.bucket(this.bucket).key(LakeLayout.driftReportKey(runId)))
					.asByteArray(),
				DriftReport.class);
	}

	private void put(String key, byte[] json) {
		this.s3.putObject((request) -> request.bucket(this.bucket).key(key).contentType("application/json"),
				RequestBody.fromBytes(json));
	}

}

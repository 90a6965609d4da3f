package dev.scaleswell.etl.lake;

import java.util.Optional;

import dev.scaleswell.model.lake.EtlManifest;
import dev.scaleswell.model.lake.LakeLayout;
import dev.scaleswell.model.s3.CompareAndSwap;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Reads and commits the ETL manifests. {@code latest.json} is only ever replaced with a
 * write conditional on the ETag that was read ({@code If-None-Match: *} when there was
 * none), so a commit based on a stale view fails instead of losing another run's files.
 */
public final class ManifestStore {

	private final S3Client s3;

	private final String bucket;

	public ManifestStore(S3Client s3, String bucket) {
		this.s3 = s3;
		this.bucket = bucket;
	}

	/** The committed manifest and its ETag, if any run has committed. */
	public Optional<Versioned> latest() {
		try {
			ResponseBytes<GetObjectResponse> bytes = this.s3
				.getObjectAsBytes((request) -> request.bucket(this.bucket).key(LakeLayout.latestManifestKey()));
			return Optional.of(new Versioned(EtlManifest.fromJson(bytes.asByteArray()), bytes.response().eTag()));
		}
		catch (NoSuchKeyException ex) {
			return Optional.empty();
		}
	}

	/**
	 * Replaces {@code latest.json}.
	 * @param expectedEtag the ETag read, {@code null} if there was no manifest
	 * @return the new ETag
	 * @throws ManifestConflictException if it changed since it was read
	 */
	public String commit(EtlManifest manifest, @Nullable String expectedEtag) {
		PutObjectRequest.Builder request = CompareAndSwap.expecting(PutObjectRequest.builder()
			.bucket(this.bucket)
			.key(LakeLayout.latestManifestKey())
			.contentType("application/json"), expectedEtag);
		try {
			return this.s3.putObject(request.build(), RequestBody.fromBytes(manifest.toJson())).eTag();
		}
		catch (S3Exception ex) {
			if (Conditions.isLostRace(ex)) {
				throw new ManifestConflictException("latest.json changed since it was read (expected ETag "
						+ expectedEtag + "): another run committed; run " + manifest.runId() + " is not committed");
			}
			throw ex;
		}
	}

	public RunManifest run(String runId) {
		return LakeJson.MAPPER.readValue(
				this.s3.getObjectAsBytes((request) -> request.bucket(this.bucket).key(LakeLayout.runManifestKey(runId)))
					.asByteArray(),
				RunManifest.class);
	}

	public void writeRun(RunManifest run) {
		this.s3
			.putObject(
					(request) -> request.bucket(this.bucket)
						.key(LakeLayout.runManifestKey(run.runId()))
						.contentType("application/json"),
					RequestBody.fromBytes(LakeJson.MAPPER.writeValueAsBytes(run)));
	}

	/** The committed manifest with the ETag to replace it conditionally. */
	public record Versioned(EtlManifest manifest, String etag) {
	}

}

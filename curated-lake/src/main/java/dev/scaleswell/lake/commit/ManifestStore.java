package dev.scaleswell.lake.commit;

import java.util.Optional;

import dev.scaleswell.model.lake.EtlManifest;
import dev.scaleswell.model.lake.LakeLayout;
import dev.scaleswell.model.s3.CompareAndSwap;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Reads and commits the ETL manifests: the commit protocol of the curated zone, the same
 * for every engine that commits a run. {@code latest.json} is only ever replaced with a
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
		return switch (read(null)) {
			case ManifestState.Changed changed -> Optional.of(new Versioned(changed.manifest(), changed.etag()));
			case ManifestState.Absent absent -> Optional.empty();
			case ManifestState.Unchanged unchanged -> throw new IllegalStateException("304 without an ETag asked for");
		};
	}

	/**
	 * Reads {@code latest.json} unless it still has {@code knownEtag}: one GET with
	 * {@code If-None-Match}, so that what is compared and what is read are the same
	 * object (a HEAD then a GET could see two different commits).
	 * @param knownEtag the ETag of the manifest the caller holds, {@code null} for none
	 */
	public ManifestState read(@Nullable String knownEtag) {
		return switch (ConditionalGet.read(this.s3, this.bucket, LakeLayout.latestManifestKey(), knownEtag)) {
			case ConditionalGet.Outcome.Absent absent -> new ManifestState.Absent();
			case ConditionalGet.Outcome.Unchanged unchanged -> new ManifestState.Unchanged();
			case ConditionalGet.Outcome.Changed changed ->
				new ManifestState.Changed(EtlManifest.fromJson(changed.bytes()), changed.etag());
		};
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

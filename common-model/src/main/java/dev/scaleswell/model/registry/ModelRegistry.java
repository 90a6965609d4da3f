package dev.scaleswell.model.registry;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.DeleteObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

import dev.scaleswell.model.duel.DuelModel;
import dev.scaleswell.model.duel.ModelLoadException;
import dev.scaleswell.model.lake.LakeLayout;
import dev.scaleswell.model.lake.ModelAlias;
import dev.scaleswell.model.s3.CompareAndSwap;

/**
 * The model registry in one S3 bucket. A version is its artifact
 * ({@code models/duel/versions/<v>/model.bin}) and its manifest ({@code manifest.json},
 * written second and never overwritten: a version exists once its manifest does). An
 * alias ({@code models/duel/aliases/<alias>.json}) is replaced only by a conditional
 * write against the ETag it was read with, so two writers cannot both win.
 */
public final class ModelRegistry {

	private static final int PRECONDITION_FAILED = 412;

	private static final int CONFLICT = 409;

	private static final String JSON = "application/json";

	private final S3Client s3;

	private final String bucket;

	private final JsonMapper json = JsonMapper.builder().build();

	public ModelRegistry(S3Client s3, String bucket) {
		this.s3 = Objects.requireNonNull(s3, "s3");
		this.bucket = Objects.requireNonNull(bucket, "bucket");
	}

	/**
	 * Publishes {@code model} as {@code manifest.version()}: uploads the artifact, then
	 * the manifest completed with the artifact's SHA-256 and size.
	 * @return the manifest as published
	 * @throws VersionExistsException if the version is already published
	 */
	public ModelManifest publish(DuelModel model, ModelManifest manifest) {
		if (manifest.featureSchemaVersion() != model.featureSchemaVersion()) {
			throw new IllegalArgumentException("manifest says feature schema " + manifest.featureSchemaVersion()
					+ " but the model was trained on " + model.featureSchemaVersion());
		}
		String version = manifest.version();
		if (exists(LakeLayout.modelManifestKey(version))) {
			throw new VersionExistsException(version, null);
		}
		byte[] artifact = model.toBytes();
		ModelManifest published = manifest.withArtifact(DuelModel.sha256(artifact), artifact.length);
		this.s3.putObject(put(LakeLayout.modelArtifactKey(version), "application/octet-stream").build(),
				RequestBody.fromBytes(artifact));
		try {
			this.s3.putObject(put(LakeLayout.modelManifestKey(version), JSON).ifNoneMatch("*").build(),
					RequestBody.fromBytes(this.json.writeValueAsBytes(published)));
		}
		catch (S3Exception ex) {
			// a retried write whose first attempt landed also sees 412: that is our own
			// manifest
			if (isLostRace(ex) && !manifest(version).filter(published::equals).isPresent()) {
				throw new VersionExistsException(version, ex);
			}
			if (!isLostRace(ex)) {
				throw ex;
			}
		}
		return published;
	}

	/** The manifest of {@code version}, if it is published. */
	public Optional<ModelManifest> manifest(String version) {
		return read(LakeLayout.modelManifestKey(version))
			.map((bytes) -> parse(bytes.asByteArray(), ModelManifest.class, bytes.response()));
	}

	/** Every published version, oldest first (version ids sort by creation time). */
	public List<String> versions() {
		return this.s3.listObjectsV2Paginator((list) -> list.bucket(this.bucket).prefix(LakeLayout.MODEL_VERSIONS))
			.contents()
			.stream()
			.flatMap((object) -> LakeLayout.parseModelKey(object.key()).stream())
			.filter(LakeLayout.ModelKey::manifest)
			.map(LakeLayout.ModelKey::version)
			.sorted()
			.toList();
	}

	/**
	 * Loads and verifies {@code version}: its artifact must match the manifest's SHA-256
	 * and size and pass {@link DuelModel#fromBytes}'s checks.
	 * @throws ModelLoadException if the version is missing or its artifact is refused
	 */
	public LoadedModel loadModel(String version) throws ModelLoadException {
		ModelManifest manifest = manifest(version)
			.orElseThrow(() -> new ModelLoadException("model version " + version + " is not published"));
		byte[] artifact = read(LakeLayout.modelArtifactKey(version))
			.orElseThrow(() -> new ModelLoadException("model version " + version + " has a manifest but no artifact"))
			.asByteArray();
		if (artifact.length != manifest.artifactBytes()) {
			throw new ModelLoadException("model version " + version + " artifact has " + artifact.length
					+ " bytes, its manifest says " + manifest.artifactBytes());
		}
		DuelModel model = DuelModel.fromBytes(artifact, manifest.sha256());
		if (model.featureSchemaVersion() != manifest.featureSchemaVersion()) {
			throw new ModelLoadException("model version " + version + " manifest says feature schema "
					+ manifest.featureSchemaVersion() + ", its artifact " + model.featureSchemaVersion());
		}
		return new LoadedModel(model, manifest);
	}

	/** The alias with the ETag to replace it against, if it exists. */
	public Optional<VersionedAlias> readAlias(ModelAlias alias) {
		return read(LakeLayout.aliasKey(alias))
			.map((bytes) -> new VersionedAlias(parse(bytes.asByteArray(), AliasPointer.class, bytes.response()),
					bytes.response().eTag()));
	}

	/**
	 * Replaces {@code alias} with {@code pointer} if it is still as read: its ETag is
	 * {@code expectedEtag}, or it does not exist when {@code expectedEtag} is null.
	 * @return the new ETag
	 * @throws AliasConflictException if someone else changed or created it meanwhile
	 */
	public String replaceAlias(ModelAlias alias, AliasPointer pointer, @Nullable String expectedEtag) {
		PutObjectRequest.Builder request = CompareAndSwap.expecting(put(LakeLayout.aliasKey(alias), JSON),
				expectedEtag);
		try {
			PutObjectResponse response = this.s3.putObject(request.build(),
					RequestBody.fromBytes(this.json.writeValueAsBytes(pointer)));
			return response.eTag();
		}
		catch (S3Exception ex) {
			if (!isLostRace(ex)) {
				throw ex;
			}
			// a retried write whose first attempt landed also sees 412: then the alias is
			// ours
			return readAlias(alias).filter((current) -> current.pointer().equals(pointer))
				.map(VersionedAlias::etag)
				.orElseThrow(() -> new AliasConflictException(alias, ex));
		}
	}

	/**
	 * Deletes {@code alias} if its ETag is still {@code expectedEtag} (e.g. ends a
	 * challenger's experiment).
	 * @throws AliasConflictException if it changed since it was read
	 */
	public void deleteAlias(ModelAlias alias, String expectedEtag) {
		try {
			this.s3.deleteObject(DeleteObjectRequest.builder()
				.bucket(this.bucket)
				.key(LakeLayout.aliasKey(alias))
				.ifMatch(expectedEtag)
				.build());
		}
		catch (S3Exception ex) {
			if (isLostRace(ex)) {
				throw new AliasConflictException(alias, ex);
			}
			throw ex;
		}
	}

	private PutObjectRequest.Builder put(String key, String contentType) {
		return PutObjectRequest.builder().bucket(this.bucket).key(key).contentType(contentType);
	}

	private boolean exists(String key) {
		try {
			this.s3.headObject((head) -> head.bucket(this.bucket).key(key));
			return true;
		}
		catch (NoSuchKeyException ex) {
			return false;
		}
		catch (S3Exception ex) {
			if (ex.statusCode() == 404) {
				return false;
			}
			throw ex;
		}
	}

	private Optional<ResponseBytes<GetObjectResponse>> read(String key) {
		try {
			return Optional.of(this.s3.getObjectAsBytes((get) -> get.bucket(this.bucket).key(key)));
		}
		catch (NoSuchKeyException ex) {
			return Optional.empty();
		}
	}

	private <T> T parse(byte[] bytes, Class<T> type, GetObjectResponse response) {
		try {
			return this.json.readValue(bytes, type);
		}
		catch (JacksonException | IllegalArgumentException ex) {
			throw new IllegalStateException("registry object is not a valid " + type.getSimpleName() + " (ETag "
					+ response.eTag() + "): " + ex.getMessage(), ex);
		}
	}

	private static boolean isLostRace(S3Exception ex) {
		return ex.statusCode() == PRECONDITION_FAILED || ex.statusCode() == CONFLICT;
	}

}

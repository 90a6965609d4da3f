package dev.scaleswell.testsupport.lake;

import java.time.Instant;
import java.util.List;
import java.util.Random;

import dev.scaleswell.model.duel.DuelModel;
import dev.scaleswell.model.duel.DuelSimulator;
import dev.scaleswell.model.duel.FeatureEncoder;
import dev.scaleswell.model.duel.LabelledDuel;
import dev.scaleswell.model.duel.TrainingOptions;
import dev.scaleswell.model.hero.HeroCatalog;
import dev.scaleswell.model.lake.LakeLayout;
import dev.scaleswell.model.lake.ModelAlias;
import dev.scaleswell.model.registry.AliasPointer;
import dev.scaleswell.model.registry.ModelManifest;
import dev.scaleswell.model.registry.ModelRegistry;
import dev.scaleswell.model.registry.ModelVersions;
import dev.scaleswell.model.registry.VersionExistsException;
import dev.scaleswell.model.registry.VersionedAlias;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Publishes real models trained on simulated duels to the registry in S3, registered by a
 * gate that did not reject them, and points its aliases, as the ETL's train step does.
 */
public final class TestRegistry {

	private static final DuelSimulator SIMULATOR = new DuelSimulator(HeroCatalog.standard());

	private final S3Client s3;

	private final String bucket;

	private final ModelRegistry registry;

	private final Random random = new Random(11);

	public TestRegistry(S3Client s3, String bucket) {
		this.s3 = s3;
		this.bucket = bucket;
		this.registry = new ModelRegistry(s3, bucket);
	}

	/**
	 * {@code duels} simulated duels between {@code warriors} random warriors, winners
	 * drawn from the simulator's true probabilities.
	 */
	public static List<LabelledDuel> simulatedDuels(int warriors, int duels, long seed) {
		return SIMULATOR.sample(SIMULATOR.randomWarriors(warriors, seed), duels, seed);
	}

	public ModelRegistry registry() {
		return this.registry;
	}

	/**
	 * Trains a small model (8 trees of depth 6 on 3,000 duels: well under a second) with
	 * {@code seed} and publishes it.
	 * @return its version
	 */
	public String publish(long seed) {
		return publish(simulatedDuels(300, 3000, seed), new TrainingOptions(8, 6, 40, 4, 5, seed));
	}

	/**
	 * Trains a model on {@code duels} and publishes it.
	 * @return its version
	 */
	public String publish(List<LabelledDuel> duels, TrainingOptions options) {
		DuelModel model = DuelModel.train(duels, options);
		Instant now = Instant.now();
		String version = ModelVersions.newVersion(now, this.random);
		ModelManifest manifest = new ModelManifest(version, now, FeatureEncoder.SCHEMA_VERSION, options, duels.size(),
				0, 0.7, 0.75, ModelManifest.currentSmileVersion(), ModelManifest.currentJavaVersion(), "", 0,
				new ModelManifest.Lineage(null, duels.size(), 0),
				new ModelManifest.Gate(ModelManifest.GateVerdict.REGISTERED, "test fixture", null, null));
		try {
			return this.registry.publish(model, manifest).version();
		}
		catch (VersionExistsException ex) {
			// the SDK retries a conditional put whose first attempt did land (seen under
			// heavy load): the version is ours if the stored manifest has our checksum
			String sha256 = DuelModel.sha256(model.toBytes());
			if (this.registry.manifest(version).map(ModelManifest::sha256).filter(sha256::equals).isPresent()) {
				return version;
			}
			throw ex;
		}
	}

	/**
	 * Publishes a version whose artifact is overwritten with garbage after publication.
	 */
	public String publishCorrupt(long seed) {
		String version = publish(seed);
		byte[] garbage = new byte[128];
		this.random.nextBytes(garbage);
		this.s3.putObject((request) -> request.bucket(this.bucket).key(LakeLayout.modelArtifactKey(version)),
				RequestBody.fromBytes(garbage));
		return version;
	}

	public void champion(String version) {
		point(ModelAlias.CHAMPION, AliasPointer.champion(version, List.of(), Instant.now()));
	}

	public void challenger(String version, double weight, boolean shadow) {
		point(ModelAlias.CHALLENGER, new AliasPointer(version, weight, shadow, List.of(), Instant.now()));
	}

	public void removeChallenger() {
		this.registry.readAlias(ModelAlias.CHALLENGER)
			.ifPresent((alias) -> this.registry.deleteAlias(ModelAlias.CHALLENGER, alias.etag()));
	}

	private void point(ModelAlias alias, AliasPointer pointer) {
		String etag = this.registry.readAlias(alias).map(VersionedAlias::etag).orElse(null);
		this.registry.replaceAlias(alias, pointer, etag);
	}

}

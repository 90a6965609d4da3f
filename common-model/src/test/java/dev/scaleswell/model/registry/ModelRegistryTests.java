package dev.scaleswell.model.registry;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

import dev.scaleswell.model.duel.DuelModel;
import dev.scaleswell.model.duel.DuelSimulator;
import dev.scaleswell.model.duel.FeatureEncoder;
import dev.scaleswell.model.duel.ModelEvaluation;
import dev.scaleswell.model.duel.ModelLoadException;
import dev.scaleswell.model.duel.TrainingOptions;
import dev.scaleswell.model.hero.HeroCatalog;
import dev.scaleswell.model.lake.LakeLayout;
import dev.scaleswell.model.lake.ModelAlias;
import dev.scaleswell.model.s3.S3Clients;
import dev.scaleswell.model.s3.S3Properties;
import dev.scaleswell.model.warrior.WarriorProfile;
import dev.scaleswell.testsupport.EmbeddedS3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ModelRegistryTests {

	@RegisterExtension
	static final EmbeddedS3 s3 = new EmbeddedS3();

	private static final Instant NOW = Instant.parse("2026-12-01T19:00:00Z");

	private static final TrainingOptions TINY = new TrainingOptions(5, 6, 50, 4, 10, 1L);

	private static DuelModel model;

	private static S3Client client;

	private static ModelRegistry registry;

	private final SplittableRandom random = new SplittableRandom();

	@BeforeAll
	static void trainAndConnect() {
		DuelSimulator simulator = new DuelSimulator(HeroCatalog.standard());
		model = DuelModel.train(simulator.sample(simulator.randomWarriors(200, 1L), 2_000, 2L), TINY);
		client = S3Clients.create(new S3Properties(s3.endpoint(), "us-east-1", s3.bucket(), true, EmbeddedS3.ACCESS_KEY,
				EmbeddedS3.SECRET_KEY, Duration.ofSeconds(10)));
		registry = new ModelRegistry(client, s3.bucket());
	}

	@AfterAll
	static void close() {
		client.close();
	}

	@Test
	void publishThenLoadGivesTheSameModelAndManifest() throws ModelLoadException {
		String version = newVersion();
		ModelManifest published = registry.publish(model, manifest(version));

		byte[] artifact = model.toBytes();
		assertThat(published.sha256()).isEqualTo(DuelModel.sha256(artifact));
		assertThat(published.artifactBytes()).isEqualTo(artifact.length);
		assertThat(registry.manifest(version)).contains(published);
		assertThat(registry.versions()).contains(version);

		LoadedModel loaded = registry.loadModel(version);
		assertThat(loaded.manifest()).isEqualTo(published);
		WarriorProfile thor = WarriorProfile.ofHero(HeroCatalog.standard().find("Thor").orElseThrow());
		WarriorProfile loki = new WarriorProfile("Kid", 17, HeroCatalog.standard().find("Loki").orElseThrow());
		assertThat(loaded.model().probability(thor, loki)).isEqualTo(model.probability(thor, loki));
	}

	@Test
	void manifestOfATrainedModelTakesItsSchemaOptionsAndMetrics() {
		ModelEvaluation holdout = model.evaluate(new DuelSimulator(HeroCatalog.standard())
			.sample(new DuelSimulator(HeroCatalog.standard()).randomWarriors(100, 3L), 500, 4L));
		ModelManifest manifest = ModelManifest.of(newVersion(), NOW, model, 2_000, holdout,
				new ModelManifest.Lineage(null, 2_000, 0),
				new ModelManifest.Gate(ModelManifest.GateVerdict.REGISTERED, "test", null, null));
		assertThat(manifest.options()).isEqualTo(TINY);
		assertThat(manifest.featureSchemaVersion()).isEqualTo(FeatureEncoder.SCHEMA_VERSION);
		assertThat(manifest.holdoutRows()).isEqualTo(500);
		assertThat(manifest.holdoutAccuracy()).isEqualTo(holdout.accuracy());
		assertThat(manifest.bayesAccuracy()).isEqualTo(holdout.bayesAccuracy());
		assertThat(manifest.smileVersion()).matches("\\d+\\.\\d+\\.\\d+");
		ModelManifest published = registry.publish(model, manifest);
		assertThat(published.sha256()).hasSize(64);
		assertThat(registry.manifest(manifest.version())).contains(published);
	}

	@Test
	void manifestIsStoredAsTheAgreedJson() {
		String version = newVersion();
		registry.publish(model, manifest(version));
		JsonNode json = JsonMapper.builder()
			.build()
			.readTree(
					client.getObjectAsBytes((get) -> get.bucket(s3.bucket()).key(LakeLayout.modelManifestKey(version)))
						.asByteArray());
		assertThat(json.get("version").asString()).isEqualTo(version);
		assertThat(json.get("createdAt").asString()).isEqualTo("2026-12-01T19:00:00Z");
		assertThat(json.get("options").get("maxNodes").asInt()).isEqualTo(50);
		assertThat(json.get("lineage").get("etlRunId").asString()).isEqualTo("20261201T190000Z-ab12cd");
		assertThat(json.get("gate").get("verdict").asString()).isEqualTo("REGISTERED");
		assertThat(json.get("gate").get("championVersion").isNull()).isTrue();
	}

	@Test
	void publishWhenVersionExistsShouldThrow() {
		String version = newVersion();
		registry.publish(model, manifest(version));
		assertThatExceptionOfType(VersionExistsException.class)
			.isThrownBy(() -> registry.publish(model, manifest(version)));
	}

	@Test
	void versionsListsOnlyVersionsWithAManifest() {
		String orphan = newVersion();
		client.putObject((put) -> put.bucket(s3.bucket()).key(LakeLayout.modelArtifactKey(orphan)),
				RequestBody.fromBytes(model.toBytes()));
		assertThat(registry.versions()).doesNotContain(orphan).isSorted();
	}

	@Test
	void loadModelWhenArtifactIsCorruptedShouldRejectIt() {
		String version = newVersion();
		registry.publish(model, manifest(version));
		byte[] corrupted = model.toBytes();
		corrupted[corrupted.length - 20] ^= 0x40;
		client.putObject((put) -> put.bucket(s3.bucket()).key(LakeLayout.modelArtifactKey(version)),
				RequestBody.fromBytes(corrupted));
		assertThatExceptionOfType(ModelLoadException.class).isThrownBy(() -> registry.loadModel(version))
			.withMessageContaining("checksum mismatch");
	}

	@Test
	void loadModelWhenVersionIsMissingShouldSaySo() {
		assertThatExceptionOfType(ModelLoadException.class)
			.isThrownBy(() -> registry.loadModel("20000101T000000Z-000000"))
			.withMessageContaining("not published");
	}

	@Test
	void replaceAliasOnlyAgainstTheETagItWasReadWith() {
		ModelAlias alias = ModelAlias.CHAMPION;
		String first = newVersion();
		String second = newVersion();
		String created = registry.replaceAlias(alias, AliasPointer.champion(first, List.of(), NOW), null);
		VersionedAlias read = registry.readAlias(alias).orElseThrow();
		assertThat(read.pointer().version()).isEqualTo(first);
		assertThat(read.etag()).isEqualTo(created);

		assertThatExceptionOfType(AliasConflictException.class)
			.isThrownBy(() -> registry.replaceAlias(alias, AliasPointer.champion(second, List.of(), NOW), null));

		registry.replaceAlias(alias, AliasPointer.champion(second, List.of(first), NOW), read.etag());
		assertThat(registry.readAlias(alias).orElseThrow().pointer().previous()).containsExactly(first);

		// the first writer's ETag is stale now: its write must lose
		assertThatExceptionOfType(AliasConflictException.class)
			.isThrownBy(() -> registry.replaceAlias(alias, AliasPointer.champion(first, List.of(), NOW), read.etag()))
			.satisfies((ex) -> assertThat(ex.alias()).isEqualTo(alias));
		assertThat(registry.readAlias(alias).orElseThrow().pointer().version()).isEqualTo(second);
	}

	@Test
	void challengerKeepsWeightAndShadowAndCanBeDeleted() {
		ModelAlias alias = ModelAlias.CHALLENGER;
		AliasPointer pointer = new AliasPointer(newVersion(), 0.1, true, List.of(), NOW);
		String etag = registry.replaceAlias(alias, pointer,
				registry.readAlias(alias).map(VersionedAlias::etag).orElse(null));
		assertThat(registry.readAlias(alias).orElseThrow().pointer()).isEqualTo(pointer);
		registry.deleteAlias(alias, etag);
		assertThat(registry.readAlias(alias)).isEmpty();
	}

	@Test
	void deleteAliasWhenETagIsStaleShouldThrow() {
		ModelAlias alias = ModelAlias.CHALLENGER;
		String stale = registry.replaceAlias(alias, new AliasPointer(newVersion(), 0.2, false, List.of(), NOW),
				registry.readAlias(alias).map(VersionedAlias::etag).orElse(null));
		String current = registry.replaceAlias(alias, new AliasPointer(newVersion(), 0.3, false, List.of(), NOW),
				stale);
		assertThatExceptionOfType(AliasConflictException.class).isThrownBy(() -> registry.deleteAlias(alias, stale));
		registry.deleteAlias(alias, current);
		assertThat(registry.readAlias(alias)).isEmpty();
	}

	private String newVersion() {
		return ModelVersions.newVersion(NOW, this.random);
	}

	private static ModelManifest manifest(String version) {
		return new ModelManifest(version, NOW, FeatureEncoder.SCHEMA_VERSION, TINY, 2_000, 500, 0.7, 0.72,
				ModelManifest.currentSmileVersion(), ModelManifest.currentJavaVersion(), "", 0,
				new ModelManifest.Lineage("20261201T190000Z-ab12cd", 2_000, 0),
				new ModelManifest.Gate(ModelManifest.GateVerdict.REGISTERED, "first model", null, null));
	}

}

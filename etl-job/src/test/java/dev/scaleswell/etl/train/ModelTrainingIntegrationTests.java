package dev.scaleswell.etl.train;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import dev.scaleswell.lake.parquet.CuratedFiles;
import dev.scaleswell.etl.drift.DriftStore;
import dev.scaleswell.etl.drift.PopulationProfile;
import dev.scaleswell.model.hero.HeroCatalog;
import dev.scaleswell.model.lake.EtlManifest;
import dev.scaleswell.model.lake.ModelAlias;
import dev.scaleswell.model.registry.ModelManifest;
import dev.scaleswell.model.registry.ModelManifest.GateVerdict;
import dev.scaleswell.model.registry.ModelRegistry;
import dev.scaleswell.model.warrior.WarriorProfile;
import dev.scaleswell.testsupport.EmbeddedS3;
import dev.scaleswell.testsupport.lake.CuratedParquet;
import dev.scaleswell.testsupport.lake.TestLake;
import dev.scaleswell.testsupport.lake.Warriors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;

import static org.assertj.core.api.Assertions.assertThat;

class ModelTrainingIntegrationTests {

	@RegisterExtension
	static EmbeddedS3 server = new EmbeddedS3();

	@TempDir
	Path work;

	private S3Client s3;

	private String bucket;

	private ModelRegistry registry;

	private ModelTraining training;

	@BeforeEach
	void setUp() {
		TestLake lake = TestLake.create(server);
		this.s3 = lake.s3();
		this.bucket = lake.bucket();
		this.registry = new ModelRegistry(this.s3, this.bucket);
		this.training = new ModelTraining(this.registry, new DriftStore(this.s3, this.bucket),
				new CuratedFiles(this.s3, this.bucket), HeroCatalog.standard(), Clock.systemUTC());
	}

	@AfterEach
	void tearDown() {
		this.s3.close();
	}

	@Test
	void firstModelShouldBecomeChampionWithItsLineageAndReference() {
		List<WarriorProfile> users = Warriors.normal("user", 1_500, 0, 1);
		List<String[]> duels = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			// recorded duels between users, and one side unknown to the lake
			duels.add(new String[] { users.get(i).identityKey(), users.get(i + 1).identityKey(),
					users.get(i).identityKey() });
		}
		duels.add(new String[] { "nobody", "thor", "thor" });
		EtlManifest lake = new CuratedParquet(this.s3, this.bucket).commitRun("run-1", users, users, duels);

		ModelTraining.TrainingResult result = this.training.train(lake, TestTrainSettings.small());

		ModelManifest manifest = result.manifest();
		assertThat(manifest.gate().verdict()).isEqualTo(GateVerdict.PROMOTED);
		assertThat(manifest.gate().reason()).startsWith("first model");
		assertThat(manifest.holdoutAccuracy()).isGreaterThanOrEqualTo(GatePolicy.DEFAULT_FLOOR)
			.isLessThanOrEqualTo(manifest.bayesAccuracy() + 0.03);
		assertThat(manifest.lineage()).isEqualTo(new ModelManifest.Lineage("run-1", 4_000, 30));
		assertThat(manifest.trainingRows() + manifest.holdoutRows()).isEqualTo(4_030);
		assertThat(result.unresolvedDuels()).isEqualTo(1);
		assertThat(result.champion()).isEqualTo(manifest.version());
		assertThat(this.registry.readAlias(ModelAlias.CHAMPION).orElseThrow().pointer().version())
			.isEqualTo(manifest.version());
		PopulationProfile reference = new DriftStore(this.s3, this.bucket).reference(manifest.version()).orElseThrow();
		assertThat(reference.count()).isEqualTo(1_500);
		assertThat(reference.ages().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(1_500);
	}

	@Test
	void weakModelShouldBeRejectedAndLeaveTheChampionInPlace() {
		List<WarriorProfile> users = Warriors.normal("user", 1_500, 0, 2);
		EtlManifest lake = new CuratedParquet(this.s3, this.bucket).commitRun("run-1", users, users, List.of());
		String champion = this.training.train(lake, TestTrainSettings.small()).manifest().version();

		ModelTraining.TrainingResult weak = this.training.train(lake, TestTrainSettings.weak());

		ModelManifest manifest = weak.manifest();
		assertThat(manifest.gate().verdict()).isEqualTo(GateVerdict.REJECTED);
		assertThat(manifest.gate().championVersion()).isEqualTo(champion);
		assertThat(manifest.gate().championAccuracy()).isGreaterThan(manifest.holdoutAccuracy() + 0.005);
		assertThat(manifest.gate().reason()).contains(champion).contains("points behind");
		assertThat(weak.champion()).isEqualTo(champion);
		assertThat(this.registry.readAlias(ModelAlias.CHAMPION).orElseThrow().pointer().version()).isEqualTo(champion);
		assertThat(this.registry.versions()).containsExactlyInAnyOrder(champion, manifest.version());
		assertThat(this.registry.manifest(manifest.version()).orElseThrow().gate().verdict())
			.isEqualTo(GateVerdict.REJECTED);
	}

	@Test
	void modelAsGoodAsTheChampionShouldReplaceItAndRememberThePrevious() {
		List<WarriorProfile> users = Warriors.normal("user", 1_000, 0, 3);
		EtlManifest lake = new CuratedParquet(this.s3, this.bucket).commitRun("run-1", users, users, List.of());
		String first = this.training.train(lake, TestTrainSettings.small()).manifest().version();

		ModelManifest second = this.training.train(lake, TestTrainSettings.small()).manifest();

		assertThat(second.gate().verdict()).isEqualTo(GateVerdict.PROMOTED);
		assertThat(second.gate().championAccuracy()).isEqualTo(second.holdoutAccuracy());
		assertThat(this.registry.readAlias(ModelAlias.CHAMPION).orElseThrow().pointer()).satisfies((pointer) -> {
			assertThat(pointer.version()).isEqualTo(second.version());
			assertThat(pointer.previous()).containsExactly(first);
		});
	}

	@Test
	void modelNotToBePromotedShouldOnlyBeRegistered() {
		TrainSettings settings = TestTrainSettings.small();
		TrainSettings registerOnly = new TrainSettings(settings.syntheticDuels(), settings.holdoutShare(),
				settings.seed(), settings.options(), settings.gate(), false);

		ModelManifest manifest = this.training.train(null, registerOnly).manifest();

		assertThat(manifest.gate().verdict()).isEqualTo(GateVerdict.REGISTERED);
		assertThat(manifest.gate().reason()).endsWith("promotion not requested");
		assertThat(manifest.lineage().etlRunId()).isNull();
		assertThat(this.registry.readAlias(ModelAlias.CHAMPION)).isEmpty();
	}

}

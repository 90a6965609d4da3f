package dev.scaleswell.etl.registry;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import dev.scaleswell.lake.parquet.CuratedFiles;
import dev.scaleswell.etl.EtlJob;
import dev.scaleswell.etl.drift.DriftStore;
import dev.scaleswell.etl.train.ModelTraining;
import dev.scaleswell.etl.train.TestTrainSettings;
import dev.scaleswell.etl.train.TrainSettings;
import dev.scaleswell.model.hero.HeroCatalog;
import dev.scaleswell.model.lake.ModelAlias;
import dev.scaleswell.model.registry.AliasConflictException;
import dev.scaleswell.model.registry.AliasPointer;
import dev.scaleswell.model.registry.ModelRegistry;
import dev.scaleswell.testsupport.EmbeddedS3;
import dev.scaleswell.testsupport.lake.TestLake;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The registry commands against the embedded S3 server, over three small published
 * versions: the first two promoted in turn, the third only registered.
 */
class RegistryCommandsIntegrationTests {

	@RegisterExtension
	static EmbeddedS3 server = new EmbeddedS3();

	@TempDir
	Path work;

	private S3Client s3;

	private String bucket;

	private ModelRegistry registry;

	private String first;

	private String second;

	private String third;

	@BeforeEach
	void publishThreeVersions() {
		TestLake lake = TestLake.create(server);
		this.s3 = lake.s3();
		this.bucket = lake.bucket();
		this.registry = new ModelRegistry(this.s3, this.bucket);
		ModelTraining training = new ModelTraining(this.registry, new DriftStore(this.s3, this.bucket),
				new CuratedFiles(this.s3, this.bucket), HeroCatalog.standard(), Clock.systemUTC());
		TrainSettings settings = TestTrainSettings.small();
		this.first = training.train(null, settings).manifest().version();
		this.second = training.train(null, settings).manifest().version();
		this.third = training
			.train(null,
					new TrainSettings(settings.syntheticDuels(), settings.holdoutShare(), settings.seed(),
							settings.options(), settings.gate(), false))
			.manifest()
			.version();
	}

	@AfterEach
	void tearDown() {
		this.s3.close();
	}

	@Test
	void rollbackShouldRestoreThePreviousChampion() {
		assertThat(champion().version()).isEqualTo(this.second);
		assertThat(champion().previous()).containsExactly(this.first);

		Run rollback = execute("rollback");

		assertThat(rollback.exitCode()).as(rollback.err()).isZero();
		assertThat(rollback.out()).contains("champion " + this.second + " -> " + this.first + " (rollback)");
		assertThat(champion().version()).isEqualTo(this.first);
		assertThat(champion().previous()).isEmpty();

		Run again = execute("rollback");
		assertThat(again.exitCode()).isEqualTo(1);
		assertThat(again.err().strip())
			.isEqualTo("rollback failed: champion " + this.first + " has no previous champion to roll back to");
	}

	@Test
	void promotionsPlannedOnTheSameChampionShouldNotInterleave() {
		Promotions promotions = new Promotions(this.registry, Clock.systemUTC());
		AliasChange toFirst = promotions.promoteChampion(this.first);
		AliasChange toThird = promotions.promoteChampion(this.third);

		toThird.apply(this.registry);

		assertThatExceptionOfType(AliasConflictException.class).isThrownBy(() -> toFirst.apply(this.registry))
			.withMessage("alias champion.json changed since it was read");
		assertThat(champion().version()).isEqualTo(this.third);
		assertThat(champion().previous()).containsExactly(this.second, this.first);
	}

	@Test
	void challengerShouldBePromotedListedAndDemoted() {
		Run promote = execute("promote", this.third, "--as", "challenger", "--weight", "0.25", "--shadow");

		assertThat(promote.exitCode()).as(promote.err()).isZero();
		AliasPointer challenger = this.registry.readAlias(ModelAlias.CHALLENGER).orElseThrow().pointer();
		assertThat(challenger.version()).isEqualTo(this.third);
		assertThat(challenger.weight()).isEqualTo(0.25);
		assertThat(challenger.shadow()).isTrue();

		Run list = execute("list-models");
		assertThat(list.exitCode()).isZero();
		List<String> lines = list.out().lines().map(String::strip).toList();
		assertThat(lines).hasSize(4);
		assertThat(lines.get(0)).startsWith("VERSION");
		// versions made within one second order by their random suffix: find each by id
		assertThat(line(lines, this.first)).endsWith("PROMOTED");
		assertThat(line(lines, this.second)).contains("champion").endsWith("PROMOTED");
		assertThat(line(lines, this.third)).contains("challenger(0.25,shadow)").endsWith("REGISTERED");

		assertThat(execute("demote-challenger").exitCode()).isZero();
		assertThat(this.registry.readAlias(ModelAlias.CHALLENGER)).isEmpty();
		Run again = execute("demote-challenger");
		assertThat(again.exitCode()).isEqualTo(1);
		assertThat(again.err()).contains("there is no challenger to demote");
	}

	@Test
	void promotingAnUnknownVersionShouldFailWithItsName() {
		Run promote = execute("promote", "20990101T000000Z-abcdef");
		assertThat(promote.exitCode()).isEqualTo(1);
		assertThat(promote.err().strip())
			.isEqualTo("promote failed: no model version 20990101T000000Z-abcdef in the registry");
		assertThat(champion().version()).isEqualTo(this.second);
	}

	@Test
	void promoteWithAnUnknownAliasShouldBeAUsageError() {
		Run promote = execute("promote", this.first, "--as", "understudy");
		assertThat(promote.exitCode()).isEqualTo(2);
		assertThat(promote.err()).contains("expected champion or challenger, got 'understudy'");
	}

	private AliasPointer champion() {
		return this.registry.readAlias(ModelAlias.CHAMPION).orElseThrow().pointer();
	}

	private Run execute(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int exitCode = EtlJob.commandLine(server.environment(this.bucket), Clock.systemUTC())
			.setOut(new PrintWriter(out))
			.setErr(new PrintWriter(err))
			.execute(args);
		return new Run(exitCode, out.toString(), err.toString());
	}

	private record Run(int exitCode, String out, String err) {
	}

	private static String line(List<String> lines, String version) {
		return lines.stream().filter((line) -> line.startsWith(version)).findFirst().orElseThrow();
	}

}

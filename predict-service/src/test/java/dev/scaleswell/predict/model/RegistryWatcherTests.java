package dev.scaleswell.predict.model;

import java.time.Clock;
import java.time.Duration;

import dev.scaleswell.model.hero.HeroCatalog;
import dev.scaleswell.predict.directory.ProfileSpace;
import dev.scaleswell.testsupport.EmbeddedS3;
import dev.scaleswell.testsupport.lake.TestLake;
import dev.scaleswell.testsupport.lake.TestRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.s3.S3Client;

import static org.assertj.core.api.Assertions.assertThat;

class RegistryWatcherTests {

	@RegisterExtension
	static final EmbeddedS3 s3 = new EmbeddedS3("watcher-tests");

	static S3Client client;

	static TestRegistry registry;

	static String first;

	static String second;

	@BeforeAll
	static void publish() {
		client = TestLake.client(s3);
		registry = new TestRegistry(client, s3.bucket());
		first = registry.publish(31);
		second = registry.publish(32);
	}

	@AfterAll
	static void close() {
		client.close();
	}

	@Test
	void followsChampionAndChallengerIncludingWeightChangesAndRemoval() {
		ModelHolder holder = new ModelHolder();
		RegistryWatcher watcher = watcher(holder, null);
		registry.champion(first);
		registry.challenger(second, 0.2, false);
		watcher.refresh();
		assertThat(holder.current().champion().version()).isEqualTo(first);
		assertThat(holder.current().challenger().version()).isEqualTo(second);
		assertThat(holder.current().weight()).isEqualTo(0.2);
		ServingModel challenger = holder.current().challenger();
		registry.challenger(second, 0.5, true);
		watcher.refresh();
		assertThat(holder.current().challenger()).as("same version is not reloaded").isSameAs(challenger);
		assertThat(holder.current().weight()).isEqualTo(0.5);
		assertThat(holder.current().shadow()).isTrue();
		registry.removeChallenger();
		watcher.refresh();
		assertThat(holder.current().challenger()).isNull();
		assertThat(holder.current().champion().version()).isEqualTo(first);
	}

	@Test
	void pinnedVersionServesAloneWhateverTheAliasesSay() {
		ModelHolder holder = new ModelHolder();
		registry.champion(first);
		registry.challenger(first, 0.5, false);
		watcher(holder, "models/duel/versions/" + second + "/model.bin").refresh();
		assertThat(holder.current().champion().version()).isEqualTo(second);
		assertThat(holder.current().challenger()).isNull();
	}

	@Test
	void pinIsAVersionOrAModelKeyAndAnyOtherKeyFollowsTheChampion() {
		assertThat(new ModelProperties(Duration.ofSeconds(1), " ").pin()).isNull();
		assertThat(new ModelProperties(Duration.ofSeconds(1), "v1").pin()).isEqualTo("v1");
		assertThat(new ModelProperties(Duration.ofSeconds(1), "models/duel/versions/v2/model.bin").pin())
			.isEqualTo("v2");
		assertThat(new ModelProperties(Duration.ofSeconds(1), "models/duel_model.pkl").pin()).isNull();
		assertThat(new ModelProperties(Duration.ofSeconds(1), "../x").pin()).isNull();
	}

	private static RegistryWatcher watcher(ModelHolder holder, String pin) {
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		return new RegistryWatcher(registry.registry(), holder, new ModelMetrics(meters, holder, Clock.systemUTC()),
				new ProfileSpace(HeroCatalog.standard()), new ModelProperties(Duration.ofSeconds(15), pin),
				Clock.systemUTC());
	}

}

package dev.scaleswell.predict.directory;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import dev.scaleswell.model.hero.HeroCatalog;
import dev.scaleswell.model.lake.LakeLayout;
import dev.scaleswell.model.warrior.WarriorProfile;
import dev.scaleswell.testsupport.EmbeddedS3;
import dev.scaleswell.testsupport.lake.CuratedParquet;
import dev.scaleswell.testsupport.lake.TestLake;
import dev.scaleswell.testsupport.lake.Warriors;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

import static org.assertj.core.api.Assertions.assertThat;

class DirectoryRefresherTests {

	@RegisterExtension
	static final EmbeddedS3 s3 = new EmbeddedS3("directory-tests");

	private final HeroCatalog catalog = HeroCatalog.standard();

	private final ProfileSpace space = new ProfileSpace(this.catalog);

	private S3Client client;

	private CuratedParquet lake;

	private DirectoryHolder holder;

	private SimpleMeterRegistry meters;

	private DirectoryRefresher refresher;

	@BeforeEach
	void setUp() {
		this.client = TestLake.client(s3);
		this.lake = new CuratedParquet(this.client, s3.bucket());
		this.client.listObjectsV2Paginator((r) -> r.bucket(s3.bucket()))
			.contents()
			.forEach((object) -> this.client.deleteObject((r) -> r.bucket(s3.bucket()).key(object.key())));
		this.holder = new DirectoryHolder(this.catalog, this.space);
		this.meters = new SimpleMeterRegistry();
		this.refresher = new DirectoryRefresher(this.client, s3.bucket(), this.catalog, this.space, this.holder,
				new DirectoryProperties(Duration.ofSeconds(15)), this.meters, Clock.systemUTC());
	}

	@AfterEach
	void tearDown() {
		this.client.close();
	}

	@Test
	void refreshWithoutAnyEtlRunIsReadyWithHeroesOnly() {
		assertThat(this.holder.ready()).isFalse();
		this.refresher.refresh();
		assertThat(this.holder.ready()).isTrue();
		assertThat(this.holder.current().users()).isZero();
		assertThat(this.holder.current().find("  THOR ")).isNotNull();
	}

	@Test
	void refreshLoadsTheUsersOfTheCommittedSnapshotByIdentityKey() {
		List<WarriorProfile> users = Warriors.uniform(500, 7);
		this.lake.commitUsers("run-1", users);
		this.refresher.refresh();
		WarriorDirectory directory = this.holder.current();
		assertThat(directory.users()).isEqualTo(500);
		assertThat(directory.snapshot().runId()).isEqualTo("run-1");
		Warrior found = directory.find("warrior   42");
		assertThat(found).isNotNull();
		assertThat(found.profile()).isEqualTo(users.get(42));
		assertThat(found.profileIndex()).isEqualTo(this.space.indexOf(users.get(42)));
		assertThat(this.meters.get("predict.directory.users").gauge().value()).isEqualTo(500);
	}

	@Test
	void refreshSwapsToANewRunOnlyWhenLatestChanges() {
		this.lake.commitUsers("run-1", Warriors.uniform(10, 1));
		this.refresher.refresh();
		WarriorDirectory first = this.holder.current();
		this.refresher.refresh();
		assertThat(this.holder.current()).isSameAs(first);
		this.lake.commitUsers("run-2", Warriors.uniform(20, 2));
		this.refresher.refresh();
		assertThat(this.holder.current().snapshot().runId()).isEqualTo("run-2");
		assertThat(this.holder.current().users()).isEqualTo(20);
	}

	@Test
	void unreadableSnapshotKeepsThePreviousDirectoryAndCountsTheFailure() {
		this.lake.commitUsers("run-1", Warriors.uniform(10, 1));
		this.refresher.refresh();
		String key = LakeLayout.usersKey("run-2", 0);
		this.client.putObject((r) -> r.bucket(s3.bucket()).key(key), RequestBody.fromString("not parquet"));
		this.lake.commitUsersFiles("run-2", List.of(key));
		this.refresher.refresh();
		assertThat(this.holder.current().snapshot().runId()).isEqualTo("run-1");
		assertThat(this.holder.current().users()).isEqualTo(10);
		assertThat(this.meters.get("predict.directory.load.failures").counter().count()).isEqualTo(1);
	}

	@Test
	void usersNamedLikeHeroesNeverShadowTheHero() {
		WarriorProfile impostor = new WarriorProfile("thor", 99, this.catalog.find("Loki").orElseThrow());
		this.lake.commitUsers("run-1", List.of(impostor));
		this.refresher.refresh();
		assertThat(this.holder.current().find("Thor").profile().hero().name()).isEqualTo("Thor");
		assertThat(this.holder.current().users()).isZero();
	}

}

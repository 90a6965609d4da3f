package dev.scaleswell.predict.directory;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import dev.scaleswell.lake.commit.ManifestState;
import dev.scaleswell.lake.commit.ManifestStore;
import dev.scaleswell.model.hero.HeroCatalog;
import dev.scaleswell.model.lake.EtlManifest;
import dev.scaleswell.model.lake.LakeLayout;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import dev.scaleswell.service.refresh.PeriodicRefresh;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.s3.S3Client;
import tools.jackson.core.JacksonException;

/**
 * Follows the ETL's commit point: polls {@code latest.json} with a conditional GET and,
 * when it names a new run, reads that run's users snapshot off the request path and swaps
 * the directory. A failed read keeps the previous directory, counts the failure and logs
 * it once.
 */
class DirectoryRefresher extends PeriodicRefresh {

	private static final Logger log = LoggerFactory.getLogger(DirectoryRefresher.class);

	private final ManifestStore manifests;

	private final HeroCatalog catalog;

	private final ProfileSpace space;

	private final DirectoryHolder holder;

	private final UsersSnapshotReader reader;

	private final Counter failures;

	private @Nullable String lastFailure;

	DirectoryRefresher(S3Client s3, String bucket, HeroCatalog catalog, ProfileSpace space, DirectoryHolder holder,
			DirectoryProperties properties, MeterRegistry meters, Clock clock) {
		super("directory-refresher", properties.pollInterval());
		this.manifests = new ManifestStore(s3, bucket);
		this.catalog = catalog;
		this.space = space;
		this.holder = holder;
		this.reader = new UsersSnapshotReader(s3, bucket, catalog);
		this.failures = Counter.builder("predict.directory.load.failures")
			.description("Users snapshots that could not be read; the previous directory kept serving")
			.register(meters);
		Gauge.builder("predict.directory.users", holder, (h) -> h.current().users())
			.description("Users in the loaded directory (heroes excluded)")
			.register(meters);
		Gauge.builder("predict.directory.age", holder, (h) -> ageSeconds(h, clock))
			.description("Seconds since the ETL committed the loaded users snapshot")
			.baseUnit("seconds")
			.register(meters);
	}

	/**
	 * Checks the commit point once with one conditional GET, loading a new snapshot if it
	 * changed: the ETag compared is that of the manifest read.
	 */
	@Override
	protected synchronized void refresh() {
		try {
			WarriorDirectory.Snapshot loaded = this.holder.snapshot();
			ManifestState latest;
			try {
				latest = this.manifests.read((loaded != null) ? loaded.etag() : null);
			}
			catch (JacksonException ex) {
				throw new IOException("unreadable " + LakeLayout.latestManifestKey() + ": " + ex.getOriginalMessage(),
						ex);
			}
			switch (latest) {
				case ManifestState.Unchanged unchanged -> {
					return;
				}
				case ManifestState.Absent absent -> this.holder.markReadWithoutSnapshot();
				case ManifestState.Changed changed -> load(changed.manifest(), changed.etag());
			}
			this.lastFailure = null;
		}
		catch (IOException | RuntimeException ex) {
			this.failures.increment();
			String failure = ex.getClass().getSimpleName() + ": " + ex.getMessage();
			if (!failure.equals(this.lastFailure)) {
				log.warn("Could not load the users snapshot, the previous directory keeps serving: {}", failure);
				this.lastFailure = failure;
			}
		}
	}

	private void load(EtlManifest run, String etag) throws IOException {
		UsersSnapshotReader.Users users = this.reader.read(run.usersFiles());
		WarriorDirectory directory = WarriorDirectory.of(this.catalog, this.space, users.profiles(),
				new WarriorDirectory.Snapshot(run.runId(), run.committedAt(), etag));
		this.holder.replace(directory);
		log.info("Loaded users snapshot of ETL run {}: {} users ({} rows skipped)", run.runId(), directory.users(),
				users.skipped());
	}

	private static double ageSeconds(DirectoryHolder holder, Clock clock) {
		WarriorDirectory.Snapshot snapshot = holder.snapshot();
		return (snapshot != null) ? Duration.between(snapshot.committedAt(), clock.instant()).toMillis() / 1000.0
				: Double.NaN;
	}

}

package dev.scaleswell.predict.directory;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

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
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;
import tools.jackson.core.JacksonException;

/**
 * Follows the ETL's commit point: polls {@code latest.json} by ETag and, when it names a
 * new run, reads that run's users snapshot off the request path and swaps the directory.
 * A failed read keeps the previous directory, counts the failure and logs it once.
 */
class DirectoryRefresher extends PeriodicRefresh {

	private static final Logger log = LoggerFactory.getLogger(DirectoryRefresher.class);

	private static final int NOT_FOUND = 404;

	private final S3Client s3;

	private final String bucket;

	private final HeroCatalog catalog;

	private final ProfileSpace space;

	private final DirectoryHolder holder;

	private final UsersSnapshotReader reader;

	private final Counter failures;

	private @Nullable String lastFailure;

	DirectoryRefresher(S3Client s3, String bucket, HeroCatalog catalog, ProfileSpace space, DirectoryHolder holder,
			DirectoryProperties properties, MeterRegistry meters, Clock clock) {
		super("directory-refresher", properties.pollInterval());
		this.s3 = s3;
		this.bucket = bucket;
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

	/** Checks the commit point once, loading a new snapshot if it changed. */
	@Override
	protected synchronized void refresh() {
		try {
			String etag;
			try {
				etag = this.s3.headObject((r) -> r.bucket(this.bucket).key(LakeLayout.latestManifestKey())).eTag();
			}
			catch (S3Exception ex) {
				if (ex.statusCode() != NOT_FOUND) {
					throw ex;
				}
				this.holder.markReadWithoutSnapshot();
				this.lastFailure = null;
				return;
			}
			WarriorDirectory.Snapshot loaded = this.holder.snapshot();
			if (loaded != null && loaded.etag().equals(etag)) {
				return;
			}
			load();
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

	private void load() throws IOException {
		ResponseBytes<GetObjectResponse> object = this.s3
			.getObjectAsBytes((r) -> r.bucket(this.bucket).key(LakeLayout.latestManifestKey()));
		EtlManifest run;
		try {
			run = EtlManifest.fromJson(object.asByteArray());
		}
		catch (JacksonException ex) {
			throw new IOException("unreadable " + LakeLayout.latestManifestKey() + ": " + ex.getOriginalMessage(), ex);
		}
		UsersSnapshotReader.Users users = this.reader.read(run.usersFiles());
		WarriorDirectory directory = WarriorDirectory.of(this.catalog, this.space, users.profiles(),
				new WarriorDirectory.Snapshot(run.runId(), run.committedAt(), object.response().eTag()));
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

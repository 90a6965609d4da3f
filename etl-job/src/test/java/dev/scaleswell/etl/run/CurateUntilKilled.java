package dev.scaleswell.etl.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;

import dev.scaleswell.etl.curate.CommitStage;
import dev.scaleswell.etl.curate.CurateOptions;
import dev.scaleswell.etl.curate.CurateStep;
import dev.scaleswell.lake.commit.EtlLock;
import dev.scaleswell.lake.commit.RunIds;
import dev.scaleswell.model.s3.S3Clients;
import dev.scaleswell.model.s3.S3Properties;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The child JVM that {@link RunCommandIntegrationTests} kills: takes the ETL lease as a
 * run does and curates; once its data files are written (before its run manifest and its
 * commit) it writes its run id to a marker file and waits to be killed, its heartbeat
 * still renewing the lease. Arguments: the lease (ISO-8601) and the marker file; the S3
 * settings come from the environment.
 */
final class CurateUntilKilled {

	private CurateUntilKilled() {
	}

	public static void main(String[] args) {
		S3Properties properties = S3Properties.fromEnvironment(System.getenv());
		S3Client s3 = S3Clients.create(properties);
		Clock clock = Clock.systemUTC();
		Path marker = Path.of(args[1]);
		EtlLock lock = EtlLock.acquire(s3, properties.bucket(), RunIds.newRunId(clock.instant()),
				Duration.parse(args[0]), clock);
		new CurateStep(s3, properties.bucket(), CurateOptions.defaults(), clock).onCheckpoint((stage) -> {
			if (stage == CommitStage.DATA_WRITTEN) {
				try {
					Path written = Files.writeString(marker.resolveSibling(marker.getFileName() + ".tmp"),
							lock.owner());
					Files.move(written, marker, StandardCopyOption.ATOMIC_MOVE);
					Thread.sleep(Duration.ofMinutes(10));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
		}).run(lock.owner(), lock);
	}

}

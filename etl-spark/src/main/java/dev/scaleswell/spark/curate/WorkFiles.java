package dev.scaleswell.spark.curate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A task's scratch directory for the Parquet files it writes before uploading them. */
final class WorkFiles implements AutoCloseable {

	private final Path directory;

	WorkFiles() {
		try {
			this.directory = Files.createTempDirectory("scaleswell-curate-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	Path directory() {
		return this.directory;
	}

	@Override
	public void close() {
		try (Stream<Path> files = Files.walk(this.directory)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

package dev.scaleswell.lake.parquet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A temporary directory for local files (Parquet parts before their upload, downloads),
 * removed with everything in it on close; etl-job's commands and etl-spark's tasks use
 * it.
 */
public final class WorkDirectory implements AutoCloseable {

	private final Path path;

	private WorkDirectory(Path path) {
		this.path = path;
	}

	public static WorkDirectory create() {
		try {
			return new WorkDirectory(Files.createTempDirectory("scaleswell-"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public Path path() {
		return this.path;
	}

	@Override
	public void close() {
		try (Stream<Path> files = Files.walk(this.path)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

package dev.scaleswell.etl.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A temporary directory for a command's local files, removed with everything in it on
 * close.
 */
public final class WorkDirectory implements AutoCloseable {

	private final Path path;

	private WorkDirectory(Path path) {
		this.path = path;
	}

	public static WorkDirectory create() {
		try {
			return new WorkDirectory(Files.createTempDirectory("etl-job-"));
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

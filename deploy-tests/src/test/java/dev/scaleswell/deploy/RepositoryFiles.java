package dev.scaleswell.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Locates files of the repository from the deploy-tests module, whichever directory the
 * build runs in.
 */
public final class RepositoryFiles {

	private static final Path ROOT = findRoot();

	private RepositoryFiles() {
	}

	public static Path root() {
		return ROOT;
	}

	public static Path resolve(String relativePath) {
		return ROOT.resolve(relativePath);
	}

	public static String read(Path path) {
		try {
			return Files.readString(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The regular files directly in {@code directory} whose names end with
	 * {@code suffix}, sorted by name.
	 */
	public static List<Path> list(String directory, String suffix) {
		try (Stream<Path> files = Files.list(resolve(directory))) {
			return files.filter(Files::isRegularFile)
				.filter((file) -> file.getFileName().toString().endsWith(suffix))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Path findRoot() {
		Path dir = Path.of("").toAbsolutePath();
		while (dir != null) {
			if (Files.isDirectory(dir.resolve("helm")) && Files.isRegularFile(dir.resolve("mvnw"))) {
				return dir;
			}
			dir = dir.getParent();
		}
		throw new IllegalStateException(
				"repository root (with helm/ and mvnw) not found above " + Path.of("").toAbsolutePath());
	}

}

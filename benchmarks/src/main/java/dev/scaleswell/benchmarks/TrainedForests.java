package dev.scaleswell.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import smile.regression.RandomForest;

import dev.scaleswell.model.duel.LabelledDuel;
import dev.scaleswell.model.duel.SmileForests;
import dev.scaleswell.model.duel.TrainingOptions;

/**
 * Trains a Smile forest once and keeps it in the temporary directory, so that the JMH
 * forks (one JVM per benchmark) do not each spend minutes training the same forest.
 */
final class TrainedForests {

	/** The allow-list STACK.md found sufficient for Smile models. */
	private static final ObjectInputFilter SMILE = ObjectInputFilter.Config.createFilter("smile.**;java.**;!*");

	private TrainedForests() {
	}

	static RandomForest fitOrReuse(List<LabelledDuel> duels, TrainingOptions options, String name) {
		Path file = Path.of(System.getProperty("java.io.tmpdir"),
				"scaleswell-" + name + "-" + options.hashCode() + ".smile");
		try {
			if (Files.isRegularFile(file)) {
				try (InputStream in = Files.newInputStream(file);
						ObjectInputStream objects = new ObjectInputStream(in)) {
					objects.setObjectInputFilter(SMILE);
					return (RandomForest) objects.readObject();
				}
			}
			RandomForest forest = SmileForests.fit(duels, options);
			Path partial = Files.createTempFile(file.getParent(), "scaleswell-", ".partial");
			try (OutputStream out = Files.newOutputStream(partial);
					ObjectOutputStream objects = new ObjectOutputStream(out)) {
				objects.writeObject(forest);
			}
			Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			return forest;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException("stale forest cache " + file + ": delete it", ex);
		}
	}

}

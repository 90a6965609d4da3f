package dev.scaleswell.predict.directory;

import java.util.concurrent.atomic.AtomicReference;

import dev.scaleswell.model.hero.HeroCatalog;
import dev.scaleswell.predict.directory.WarriorDirectory.Snapshot;
import org.jspecify.annotations.Nullable;

/**
 * The directory requests read: one volatile read per request, replaced whole when a new
 * ETL snapshot has been read.
 */
public class DirectoryHolder {

	private final AtomicReference<WarriorDirectory> current;

	private volatile boolean ready;

	public DirectoryHolder(HeroCatalog catalog, ProfileSpace space) {
		this.current = new AtomicReference<>(WarriorDirectory.heroesOnly(catalog, space));
	}

	public WarriorDirectory current() {
		return this.current.get();
	}

	/**
	 * Whether the lake has been read once: the users of its latest snapshot are loaded,
	 * or it has none yet (before the first ETL run only heroes can be named).
	 */
	public boolean ready() {
		return this.ready;
	}

	public @Nullable Snapshot snapshot() {
		return this.current.get().snapshot();
	}

	void replace(WarriorDirectory directory) {
		this.current.set(directory);
		this.ready = true;
	}

	void markReadWithoutSnapshot() {
		this.ready = true;
	}

}

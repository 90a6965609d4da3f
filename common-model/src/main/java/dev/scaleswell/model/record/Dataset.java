package dev.scaleswell.model.record;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of raw record the lake holds; {@link #path()} is the dataset's folder name.
 */
public enum Dataset {

	SUBMISSIONS("submissions"), DUEL_RESULTS("duel-results");

	private final String path;

	Dataset(String path) {
		this.path = path;
	}

	public String path() {
		return this.path;
	}

	public static Optional<Dataset> fromPath(String path) {
		return Arrays.stream(values()).filter((dataset) -> dataset.path.equals(path)).findFirst();
	}

}

package dev.scaleswell.lake.curate;

import java.util.Map;

import dev.scaleswell.lake.commit.RunManifest.Counts;
import dev.scaleswell.model.record.Dataset;

/** The one line either curate command prints when it ends. */
public final class CurateSummary {

	public static final String NOTHING_NEW = "curate: no new raw objects, nothing written";

	private CurateSummary() {
	}

	/**
	 * @param engine how the run was made, after its id ("" or " on Spark")
	 */
	public static String committed(String runId, String engine, Map<Dataset, Counts> counts) {
		StringBuilder line = new StringBuilder("curate: committed run ").append(runId).append(engine);
		for (Dataset dataset : Dataset.values()) {
			Counts count = counts.get(dataset);
			line.append("; ")
				.append(dataset.path())
				.append(": ")
				.append(count.rawObjects())
				.append(" objects, ")
				.append(count.written())
				.append(" written, ")
				.append(count.duplicate())
				.append(" duplicate, ")
				.append(count.quarantined())
				.append(" quarantined lines, ")
				.append(count.corruptObjects())
				.append(" unreadable objects");
		}
		return line.toString();
	}

}

package dev.scaleswell.etl.curate;

import java.util.Map;

import dev.scaleswell.lake.commit.RunManifest.Counts;
import dev.scaleswell.model.lake.EtlManifest;
import dev.scaleswell.model.record.Dataset;
import org.jspecify.annotations.Nullable;

/**
 * What a curate run did.
 *
 * @param runId the run
 * @param committed whether it committed; {@code false} when there was no new raw object
 * @param manifest the manifest now in {@code latest.json}, {@code null} if no run ever
 * committed
 * @param manifestEtag its ETag, for a later conditional replace (the train step's)
 * @param counts per dataset
 */
public record CurateResult(String runId, boolean committed, @Nullable EtlManifest manifest,
		@Nullable String manifestEtag, Map<Dataset, Counts> counts) {

	public long written() {
		return this.counts.values().stream().mapToLong(Counts::written).sum();
	}

}

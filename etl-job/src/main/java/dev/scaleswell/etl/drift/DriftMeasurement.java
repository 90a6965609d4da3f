package dev.scaleswell.etl.drift;

import java.time.Clock;

import dev.scaleswell.lake.parquet.CuratedFiles;
import dev.scaleswell.model.hero.HeroCatalog;
import dev.scaleswell.model.lake.EtlManifest;
import org.jspecify.annotations.Nullable;

/**
 * The drift step: a run's new submissions against the champion's training population.
 */
public final class DriftMeasurement {

	private final CuratedFiles files;

	private final DriftStore store;

	private final HeroCatalog catalog;

	private final Clock clock;

	public DriftMeasurement(CuratedFiles files, DriftStore store, HeroCatalog catalog, Clock clock) {
		this.files = files;
		this.store = store;
		this.catalog = catalog;
		this.clock = clock;
	}

	public DriftReport measure(EtlManifest lake, @Nullable String championVersion, double threshold) {
		PopulationProfile reference = (championVersion != null) ? this.store.reference(championVersion).orElse(null)
				: null;
		PopulationProfile current = NewSubmissions.of(this.files, lake, this.catalog);
		return new DriftAnalysis(threshold).compare(lake.runId(), this.clock.instant(), championVersion, reference,
				current);
	}

}

package dev.scaleswell.analytics.snapshot;

import java.util.Optional;

import dev.scaleswell.lake.aggregate.AggregateBuilder;
import dev.scaleswell.lake.aggregate.DataVersion;
import dev.scaleswell.analytics.lake.CuratedLake;
import dev.scaleswell.lake.commit.ManifestState;
import dev.scaleswell.model.hero.HeroCatalog;
import dev.scaleswell.model.lake.EtlManifest;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Builds a {@link Snapshot} from the lake state {@code latest.json} commits: the
 * aggregates the ETL run published for it (see {@link CuratedLake#aggregates}) and its
 * drift report.
 */
@Component
public class SnapshotLoader {

	private static final Logger logger = LoggerFactory.getLogger(SnapshotLoader.class);

	private final CuratedLake lake;

	private final HeroCatalog catalog;

	private final JsonMapper json;

	private final RebuildMetrics metrics;

	public SnapshotLoader(CuratedLake lake, HeroCatalog catalog, JsonMapper json, RebuildMetrics metrics) {
		this.lake = lake;
		this.catalog = catalog;
		this.json = json;
		this.metrics = metrics;
	}

	/**
	 * A new snapshot when {@code latest.json} changed since {@code current} was built (or
	 * disappeared), else empty.
	 */
	public Optional<Snapshot> loadIfChanged(@Nullable Snapshot current) {
		String knownEtag = (current != null) ? current.manifestEtag() : null;
		return switch (this.lake.latest(knownEtag)) {
			case ManifestState.Unchanged unchanged -> Optional.empty();
			case ManifestState.Absent absent ->
				(current != null && current.manifestEtag() == null) ? Optional.empty() : Optional.of(emptyLake());
			case ManifestState.Changed changed -> Optional.of(load(changed.manifest(), changed.etag()));
		};
	}

	Snapshot emptyLake() {
		return Snapshot.of(null, DataVersion.NONE, new AggregateBuilder(this.catalog).build(DataVersion.NONE), null,
				this.json);
	}

	Snapshot load(EtlManifest manifest, String etag) {
		return Snapshot.of(etag, DataVersion.of(manifest), this.lake.aggregates(manifest), driftReport(manifest),
				this.json);
	}

	/**
	 * The drift report's JSON, checked to parse. A missing or broken report is counted
	 * and left out rather than holding back fresh aggregates.
	 */
	private byte @Nullable [] driftReport(EtlManifest manifest) {
		String key = manifest.driftReport();
		if (key == null) {
			return null;
		}
		try {
			byte[] report = this.lake.object(key);
			this.json.readTree(report);
			return report;
		}
		catch (RuntimeException ex) {
			String cause = (ex instanceof JacksonException) ? "drift-report-invalid" : RebuildMetrics.cause(ex);
			this.metrics.failed(cause);
			logger.warn("Serving run {} without its drift report {}: {}", manifest.runId(), key, ex.toString());
			return null;
		}
	}

}

package dev.scaleswell.etl.drift;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import dev.scaleswell.lake.parquet.CuratedFiles;
import dev.scaleswell.lake.schema.CuratedColumns;
import dev.scaleswell.lake.schema.CuratedSchemas;
import dev.scaleswell.lake.schema.Projections;
import dev.scaleswell.model.hero.Hero;
import dev.scaleswell.model.hero.HeroCatalog;
import dev.scaleswell.model.lake.EtlManifest;
import dev.scaleswell.model.lake.LakeLayout;
import dev.scaleswell.model.record.Dataset;
import org.apache.avro.Schema;

/**
 * The ages and heroes of the submissions a run curated: the files of {@code curatedFiles}
 * whose key names that run.
 */
public final class NewSubmissions {

	private static final Schema COLUMNS = Projections.of(CuratedSchemas.SUBMISSION, CuratedColumns.AGE,
			CuratedColumns.HERO);

	private NewSubmissions() {
	}

	public static PopulationProfile of(CuratedFiles files, EtlManifest manifest, HeroCatalog catalog) {
		PopulationProfile.Builder population = PopulationProfile.builder();
		Map<String, Optional<Hero>> heroes = new HashMap<>();
		for (String key : manifest.curatedFiles(Dataset.SUBMISSIONS)) {
			boolean ofThisRun = LakeLayout.parseCuratedKey(key)
				.map((parsed) -> parsed.runId().equals(manifest.runId()))
				.orElse(false);
			if (ofThisRun) {
				files.read(key, COLUMNS,
						(row) -> heroes.computeIfAbsent(row.get(CuratedColumns.HERO).toString(), catalog::find)
							.ifPresent((hero) -> population.add((Integer) row.get(CuratedColumns.AGE), hero.name())));
			}
		}
		return population.build();
	}

}

package dev.scaleswell.etl.train;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.scaleswell.lake.parquet.CuratedFiles;
import dev.scaleswell.etl.drift.PopulationProfile;
import dev.scaleswell.lake.schema.CuratedColumns;
import dev.scaleswell.lake.schema.CuratedSchemas;
import dev.scaleswell.lake.schema.Projections;
import dev.scaleswell.model.duel.LabelledDuel;
import dev.scaleswell.model.hero.Hero;
import dev.scaleswell.model.hero.HeroCatalog;
import dev.scaleswell.model.lake.EtlManifest;
import dev.scaleswell.model.record.Dataset;
import dev.scaleswell.model.warrior.WarriorProfile;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;

/**
 * What a model is trained from, read from the committed lake: the warriors (users
 * snapshot plus heroes), their age and hero distribution (stored with the model as the
 * drift reference), and every recorded duel whose two sides are known.
 *
 * @param warriors the users of the snapshot, then the heroes at their prime age
 * @param population the users' ages and heroes
 * @param recorded the recorded duels, each side at its current profile
 * @param unresolvedDuels recorded duels skipped because a side is neither a user nor a
 * hero
 */
public record TrainingData(List<WarriorProfile> warriors, PopulationProfile population, List<LabelledDuel> recorded,
		long unresolvedDuels) {

	private static final Schema USER_COLUMNS = Projections.of(CuratedSchemas.USER, CuratedColumns.IDENTITY_KEY,
			CuratedColumns.NAME, CuratedColumns.AGE, CuratedColumns.HERO);

	private static final Schema DUEL_COLUMNS = Projections.of(CuratedSchemas.DUEL_RESULT, CuratedColumns.KEY1,
			CuratedColumns.KEY2, CuratedColumns.WINNER_KEY);

	/** Reads the data of the run {@code manifest} committed. */
	public static TrainingData read(CuratedFiles files, EtlManifest manifest, HeroCatalog catalog) {
		List<String[]> duels = new ArrayList<>();
		for (String key : manifest.curatedFiles(Dataset.DUEL_RESULTS)) {
			files.read(key, DUEL_COLUMNS, (row) -> duels.add(new String[] { text(row, CuratedColumns.KEY1),
					text(row, CuratedColumns.KEY2), text(row, CuratedColumns.WINNER_KEY) }));
		}
		Set<String> duelists = new HashSet<>();
		for (String[] duel : duels) {
			duelists.add(duel[0]);
			duelists.add(duel[1]);
		}
		Warriors warriors = new Warriors(catalog);
		PopulationProfile.Builder population = PopulationProfile.builder();
		Map<String, WarriorProfile> profiles = new HashMap<>();
		for (String key : manifest.usersFiles()) {
			files.read(key, USER_COLUMNS, (row) -> {
				Optional<Hero> hero = catalog.find(text(row, CuratedColumns.HERO));
				if (hero.isEmpty()) {
					return;
				}
				int age = (Integer) row.get(CuratedColumns.AGE);
				warriors.addUser(age, hero.get());
				population.add(age, hero.get().name());
				String identity = text(row, CuratedColumns.IDENTITY_KEY);
				if (duelists.contains(identity)) {
					profiles.put(identity, new WarriorProfile(text(row, CuratedColumns.NAME), age, hero.get()));
				}
			});
		}
		for (Hero hero : catalog.all()) {
			profiles.putIfAbsent(hero.key(), WarriorProfile.ofHero(hero));
		}
		List<LabelledDuel> recorded = new ArrayList<>(duels.size());
		long unresolved = 0;
		for (String[] duel : duels) {
			WarriorProfile a = profiles.get(duel[0]);
			WarriorProfile b = profiles.get(duel[1]);
			if (a == null || b == null) {
				unresolved++;
				continue;
			}
			recorded.add(LabelledDuel.recorded(a, b, duel[2].equals(duel[0])));
		}
		return new TrainingData(warriors, population.build(), List.copyOf(recorded), unresolved);
	}

	/** No users yet: the heroes are the only warriors. */
	public static TrainingData heroesOnly(HeroCatalog catalog) {
		return new TrainingData(new Warriors(catalog), PopulationProfile.builder().build(), List.of(), 0);
	}

	/** How many of {@link #warriors} are users (the rest are heroes). */
	public int users() {
		return (int) this.population.count();
	}

	private static String text(GenericRecord row, String field) {
		return row.get(field).toString();
	}

}

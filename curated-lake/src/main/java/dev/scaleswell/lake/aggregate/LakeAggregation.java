package dev.scaleswell.lake.aggregate;

import java.util.List;

import dev.scaleswell.lake.parquet.CuratedFiles;
import dev.scaleswell.lake.schema.CuratedColumns;
import dev.scaleswell.model.hero.HeroCatalog;
import dev.scaleswell.model.lake.EtlManifest;
import dev.scaleswell.model.record.Dataset;

/**
 * Computes the {@link Aggregates} of one committed lake state by streaming the files its
 * manifest names, with only the columns the aggregates need: the duel results' sides, the
 * submission files' footers, the users snapshot, then, only for leaders no user names,
 * the duel results' spellings.
 */
public final class LakeAggregation {

	/** The users snapshot columns read. */
	public static final List<String> USER_COLUMNS = List.of(CuratedColumns.IDENTITY_KEY, CuratedColumns.NAME,
			CuratedColumns.AGE, CuratedColumns.HERO, CuratedColumns.RATING);

	/** The duel result columns counted. */
	public static final List<String> DUEL_COLUMNS = List.of(CuratedColumns.KEY1, CuratedColumns.KEY2,
			CuratedColumns.WINNER_KEY);

	/** The duel result columns read again to name leaders no user names. */
	public static final List<String> NAMING_COLUMNS = List.of(CuratedColumns.RECEIVED_AT, CuratedColumns.NAME1,
			CuratedColumns.KEY1, CuratedColumns.NAME2, CuratedColumns.KEY2, CuratedColumns.WINNER_KEY);

	private final CuratedFiles files;

	private final HeroCatalog catalog;

	public LakeAggregation(CuratedFiles files, HeroCatalog catalog) {
		this.files = files;
		this.catalog = catalog;
	}

	/** The aggregates of {@code manifest}'s state, carrying its version. */
	public Aggregates compute(EtlManifest manifest) {
		AggregateBuilder builder = new AggregateBuilder(this.catalog);
		List<String> duelFiles = manifest.curatedFiles(Dataset.DUEL_RESULTS);
		for (String key : duelFiles) {
			this.files.readColumns(key, DUEL_COLUMNS,
					(row) -> builder.addDuel(row.string(0), row.string(1), row.string(2)));
		}
		for (String key : manifest.curatedFiles(Dataset.SUBMISSIONS)) {
			builder.addSubmissions(this.files.rowCount(key));
		}
		for (String key : manifest.usersFiles()) {
			this.files.readColumns(key, USER_COLUMNS, (row) -> builder.addUser(row.string(0), row.string(1),
					(int) row.number(2), row.string(3), row.optionalDouble(4)));
		}
		if (!builder.unnamedLeaders().isEmpty()) {
			for (String key : duelFiles) {
				this.files.readColumns(key, NAMING_COLUMNS, (row) -> builder.nameDuel(row.number(0), row.string(1),
						row.string(2), row.string(3), row.string(4), row.string(5)));
			}
		}
		return builder.build(DataVersion.of(manifest));
	}

}

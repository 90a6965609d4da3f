package dev.scaleswell.predict.directory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import dev.scaleswell.lake.parquet.CuratedFiles;
import dev.scaleswell.lake.parquet.ProjectedRows;
import dev.scaleswell.lake.schema.CuratedColumns;
import dev.scaleswell.model.hero.Hero;
import dev.scaleswell.model.hero.HeroCatalog;
import dev.scaleswell.model.lake.LakeLayout;
import dev.scaleswell.model.validation.InputValidator;
import dev.scaleswell.model.warrior.WarriorProfile;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Reads the users snapshot (Parquet records {@code User}) into warrior profiles: only the
 * name, age and hero columns, with ranged reads straight from S3.
 */
class UsersSnapshotReader {

	private static final List<String> COLUMNS = List.of(CuratedColumns.NAME, CuratedColumns.AGE, CuratedColumns.HERO);

	private final CuratedFiles files;

	private final HeroCatalog heroes;

	UsersSnapshotReader(S3Client s3, String bucket, HeroCatalog heroes) {
		this.files = new CuratedFiles(s3, bucket);
		this.heroes = heroes;
	}

	/** Every usable user of the given files, and how many rows were unusable. */
	Users read(List<String> keys) throws IOException {
		List<WarriorProfile> users = new ArrayList<>();
		int[] skipped = { 0 };
		for (String key : keys) {
			if (LakeLayout.parseUsersKey(key).isEmpty()) {
				throw new IOException("not a users snapshot key: " + key);
			}
			this.files.readColumns(key, COLUMNS, (row) -> {
				WarriorProfile user = profile(row);
				if (user != null) {
					users.add(user);
				}
				else {
					skipped[0]++;
				}
			});
		}
		return new Users(users, skipped[0]);
	}

	private @Nullable WarriorProfile profile(ProjectedRows.Row row) {
		if (!row.has(0) || !row.has(1) || !row.has(2)) {
			return null;
		}
		long age = row.number(1);
		if (age < InputValidator.MIN_AGE || age > InputValidator.MAX_AGE) {
			return null;
		}
		Hero hero = this.heroes.find(row.string(2)).orElse(null);
		return (hero != null) ? new WarriorProfile(row.string(0), (int) age, hero) : null;
	}

	/** The users read, and the rows that could not stand as warriors. */
	record Users(List<WarriorProfile> profiles, int skipped) {
	}

}

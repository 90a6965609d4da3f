package dev.scaleswell.etl.train;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import dev.scaleswell.lake.parquet.CuratedFiles;
import dev.scaleswell.lake.schema.CuratedColumns;
import dev.scaleswell.lake.schema.CuratedSchemas;
import dev.scaleswell.lake.parquet.ParquetPart;
import dev.scaleswell.lake.schema.UserRow;
import dev.scaleswell.model.hero.Hero;
import dev.scaleswell.model.hero.HeroCatalog;
import dev.scaleswell.model.lake.EtlManifest;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Fills the {@code rating} column of a run's users snapshot, rewriting its files in place
 * (same keys, same rows, curate's writer): a reader sees either the unrated or the rated
 * file, both valid.
 */
public final class UserRater {

	private final CuratedFiles files;

	private final HeroCatalog catalog;

	private final S3Client s3;

	private final String bucket;

	private final Path workDirectory;

	public UserRater(CuratedFiles files, HeroCatalog catalog, S3Client s3, String bucket, Path workDirectory) {
		this.files = files;
		this.catalog = catalog;
		this.s3 = s3;
		this.bucket = bucket;
		this.workDirectory = workDirectory;
	}

	/**
	 * Rates every user of {@code manifest}'s snapshot.
	 * @return users rated
	 */
	public long rate(EtlManifest manifest, UserRatings ratings) {
		Map<String, Optional<Hero>> heroes = new HashMap<>();
		long rated = 0;
		for (String key : manifest.usersFiles()) {
			try (ParquetPart<UserRow> part = ParquetPart.open(this.workDirectory, key, new UserRow.Writer(),
					CuratedColumns.IDENTITY_KEY, CuratedColumns.NAME)) {
				this.files.read(key, CuratedSchemas.USER, (record) -> {
					UserRow user = UserRow.fromAvro(record);
					Optional<Hero> hero = heroes.computeIfAbsent(user.hero(), this.catalog::find);
					part.write(user.withRating(hero.map((h) -> ratings.rating(user.age(), h)).orElse(null)));
				});
				part.upload(this.s3, this.bucket);
				rated += part.rows();
			}
		}
		return rated;
	}

}

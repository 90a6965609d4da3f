package dev.scaleswell.predict.directory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.scaleswell.model.hero.Hero;
import dev.scaleswell.model.hero.HeroCatalog;
import dev.scaleswell.model.lake.LakeLayout;
import dev.scaleswell.model.validation.InputValidator;
import dev.scaleswell.model.warrior.WarriorProfile;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.io.LocalInputFile;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Reads the users snapshot (Parquet records {@code User}) into warrior profiles. Each
 * file is copied to a temporary file first: Parquet reads its footer before its rows.
 */
class UsersSnapshotReader {

	private final S3Client s3;

	private final String bucket;

	private final HeroCatalog heroes;

	UsersSnapshotReader(S3Client s3, String bucket, HeroCatalog heroes) {
		this.s3 = s3;
		this.bucket = bucket;
		this.heroes = heroes;
	}

	/** Every usable user of the given files, and how many rows were unusable. */
	Users read(List<String> keys) throws IOException {
		Path dir = Files.createTempDirectory("users-snapshot");
		try {
			List<WarriorProfile> users = new ArrayList<>();
			int skipped = 0;
			for (int i = 0; i < keys.size(); i++) {
				String key = keys.get(i);
				if (LakeLayout.parseUsersKey(key).isEmpty()) {
					throw new IOException("not a users snapshot key: " + key);
				}
				Path file = dir.resolve("part-" + i + ".parquet");
				this.s3.getObject((request) -> request.bucket(this.bucket).key(key), ResponseTransformer.toFile(file));
				skipped += readFile(file, users);
				Files.delete(file);
			}
			return new Users(users, skipped);
		}
		finally {
			deleteQuietly(dir);
		}
	}

	private int readFile(Path file, List<WarriorProfile> users) throws IOException {
		int skipped = 0;
		try (ParquetReader<GenericRecord> reader = AvroParquetReader
			.<GenericRecord>builder(new LocalInputFile(file), new PlainParquetConfiguration())
			.build()) {
			for (GenericRecord row = reader.read(); row != null; row = reader.read()) {
				WarriorProfile user = profile(row);
				if (user != null) {
					users.add(user);
				}
				else {
					skipped++;
				}
			}
		}
		return skipped;
	}

	private @Nullable WarriorProfile profile(GenericRecord row) {
		Object name = row.get("name");
		Object age = row.get("age");
		Object heroName = row.get("hero");
		if (name == null || !(age instanceof Integer years) || heroName == null || years < InputValidator.MIN_AGE
				|| years > InputValidator.MAX_AGE) {
			return null;
		}
		Hero hero = this.heroes.find(heroName.toString()).orElse(null);
		return (hero != null) ? new WarriorProfile(name.toString(), years, hero) : null;
	}

	private static void deleteQuietly(Path dir) {
		try (var files = Files.list(dir)) {
			for (Path file : files.toList()) {
				Files.deleteIfExists(file);
			}
			Files.deleteIfExists(dir);
		}
		catch (IOException | UncheckedIOException ex) {
			// a leftover temporary file is harmless; the next load uses a new directory
		}
	}

	/** The users read, and the rows that could not stand as warriors. */
	record Users(List<WarriorProfile> profiles, int skipped) {
	}

}

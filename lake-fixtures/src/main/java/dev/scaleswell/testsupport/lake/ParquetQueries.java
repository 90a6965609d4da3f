package dev.scaleswell.testsupport.lake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import software.amazon.awssdk.services.s3.S3Client;

/**
 * Reads what a run wrote with DuckDB, a reader this project did not write, so that a
 * writer under test is not checked against its own reader. DuckDB's JDBC driver (85 MB)
 * is found at run time, not a dependency of this module: a module whose tests read
 * declares {@code duckdb_jdbc}.
 */
public final class ParquetQueries {

	private final S3Client s3;

	private final String bucket;

	private final Path directory;

	/** Objects are downloaded into {@code directory} (a test's temporary directory). */
	public ParquetQueries(S3Client s3, String bucket, Path directory) {
		this.s3 = s3;
		this.bucket = bucket;
		this.directory = directory;
	}

	/**
	 * Runs {@code sql} over the given Parquet objects, exposed as the view {@code t};
	 * each row as column name to value.
	 */
	public List<Map<String, Object>> query(List<String> keys, String sql) {
		if (keys.isEmpty()) {
			return List.of();
		}
		String files = keys.stream().map((key) -> "'" + download(key) + "'").collect(Collectors.joining(","));
		return sql("CREATE VIEW t AS SELECT * FROM read_parquet([" + files + "])", sql);
	}

	/** The ids of the rows of the given Parquet objects, in order. */
	public List<String> ids(List<String> keys) {
		return query(keys, "SELECT id FROM t ORDER BY id").stream().map((row) -> row.get("id").toString()).toList();
	}

	/**
	 * Runs {@code sql} over a gzip JSON-lines quarantine object exposed as the view
	 * {@code t}.
	 */
	public List<Map<String, Object>> queryQuarantine(String key, String sql) {
		Path downloaded = download(key);
		Path file = downloaded.resolveSibling(key.replace('/', '_'));
		try {
			Files.move(downloaded, file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return sql(
				"CREATE VIEW t AS SELECT * FROM read_json('" + file
						+ "', format = 'newline_delimited', compression = 'gzip', "
						+ "columns = {sourceKey: 'VARCHAR', lineNumber: 'BIGINT', reason: 'VARCHAR', line: 'VARCHAR'})",
				sql);
	}

	/**
	 * The compression codecs of a Parquet object's column chunks, as DuckDB reads its
	 * footer.
	 */
	public List<String> compressionCodecs(String key) {
		return sql("SELECT 1", "SELECT DISTINCT compression FROM parquet_metadata('" + download(key) + "')").stream()
			.map((row) -> row.get("compression").toString())
			.toList();
	}

	private Path download(String key) {
		try {
			Path file = Files.createTempFile(this.directory, "q-", ".bin");
			Files.write(file,
					this.s3.getObjectAsBytes((request) -> request.bucket(this.bucket).key(key)).asByteArray());
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<Map<String, Object>> sql(String setup, String query) {
		try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
				Statement statement = connection.createStatement()) {
			statement.execute(setup);
			List<Map<String, Object>> rows = new ArrayList<>();
			try (ResultSet result = statement.executeQuery(query)) {
				ResultSetMetaData meta = result.getMetaData();
				while (result.next()) {
					Map<String, Object> row = new LinkedHashMap<>();
					for (int i = 1; i <= meta.getColumnCount(); i++) {
						row.put(meta.getColumnLabel(i), result.getObject(i));
					}
					rows.add(row);
				}
			}
			return rows;
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

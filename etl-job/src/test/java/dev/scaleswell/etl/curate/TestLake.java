package dev.scaleswell.etl.curate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;

import dev.scaleswell.model.lake.EtlManifest;
import dev.scaleswell.model.lake.LakeLayout;
import dev.scaleswell.model.record.Dataset;
import dev.scaleswell.model.record.JsonLinesCodec;
import dev.scaleswell.model.record.LakeRecord;
import dev.scaleswell.model.s3.S3Clients;
import dev.scaleswell.model.s3.S3Properties;
import dev.scaleswell.testsupport.EmbeddedS3;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * A fresh bucket on the embedded S3 server per test, with helpers to write raw objects
 * and to read curated Parquet back with DuckDB (a reader this project did not write).
 */
final class TestLake {

	private static final AtomicInteger BUCKETS = new AtomicInteger();

	static final JsonLinesCodec CODEC = JsonLinesCodec.standard();

	final S3Client s3;

	final String bucket;

	final Path directory;

	private final S3Properties properties;

	TestLake(EmbeddedS3 server, Path directory) {
		this.bucket = "lake-" + BUCKETS.incrementAndGet();
		this.properties = new S3Properties(server.endpoint(), "us-east-1", this.bucket, true, EmbeddedS3.ACCESS_KEY,
				EmbeddedS3.SECRET_KEY, java.time.Duration.ofSeconds(30));
		this.s3 = S3Clients.create(this.properties);
		this.s3.createBucket((request) -> request.bucket(this.bucket));
		this.directory = directory;
	}

	/** The environment that points etl-job at this bucket. */
	Map<String, String> environment() {
		return Map.of("SCALESWELL_S3_ENDPOINT", this.properties.endpoint().toString(), "S3_BUCKET", this.bucket,
				"SCALESWELL_S3_PATH_STYLE", "true", "SCALESWELL_S3_ACCESS_KEY_ID", EmbeddedS3.ACCESS_KEY,
				"SCALESWELL_S3_SECRET_ACCESS_KEY", EmbeddedS3.SECRET_KEY);
	}

	String putRaw(Dataset dataset, Instant writtenAt, long sequence, List<? extends LakeRecord> records) {
		return putRaw(LakeLayout.rawKey(dataset, writtenAt, "test", sequence), CODEC.encode(records));
	}

	/** Raw lines as given (good or bad), gzip-compressed. */
	String putRawLines(Dataset dataset, Instant writtenAt, long sequence, List<String> lines) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
			gzip.write(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return putRaw(LakeLayout.rawKey(dataset, writtenAt, "test", sequence), bytes.toByteArray());
	}

	String putRaw(String key, byte[] body) {
		this.s3.putObject((request) -> request.bucket(this.bucket).key(key), RequestBody.fromBytes(body));
		return key;
	}

	byte[] get(String key) {
		return this.s3.getObjectAsBytes((request) -> request.bucket(this.bucket).key(key)).asByteArray();
	}

	EtlManifest latest() {
		return EtlManifest.fromJson(get(LakeLayout.latestManifestKey()));
	}

	List<String> keys(String prefix) {
		return this.s3.listObjectsV2Paginator((request) -> request.bucket(this.bucket).prefix(prefix))
			.contents()
			.stream()
			.map(S3Object::key)
			.toList();
	}

	/**
	 * Runs {@code sql} in DuckDB over the given Parquet objects, exposed as the view
	 * {@code t}; each row as column name to value.
	 */
	List<Map<String, Object>> query(List<String> keys, String sql) {
		if (keys.isEmpty()) {
			return List.of();
		}
		String files = keys.stream().map((key) -> "'" + download(key) + "'").collect(Collectors.joining(","));
		return sql("CREATE VIEW t AS SELECT * FROM read_parquet([" + files + "])", sql);
	}

	/**
	 * Runs {@code sql} in DuckDB over a gzip JSON-lines object exposed as the view
	 * {@code t}.
	 */
	List<Map<String, Object>> queryJson(String key, String sql) {
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
	List<String> compressionCodecs(String key) {
		return sql("SELECT 1", "SELECT DISTINCT compression FROM parquet_metadata('" + download(key) + "')").stream()
			.map((row) -> row.get("compression").toString())
			.toList();
	}

	Path download(String key) {
		try {
			Path file = Files.createTempFile(this.directory, "q-", ".bin");
			Files.write(file, get(key));
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

	/** The curated rows of {@code dataset} that latest.json points to, as strings. */
	List<String> curatedIds(Dataset dataset) {
		return query(latest().curatedFiles(dataset), "SELECT id FROM t ORDER BY id").stream()
			.map((row) -> row.get("id").toString())
			.collect(Collectors.toList());
	}

}

package dev.scaleswell.lake.parquet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;

import dev.scaleswell.lake.S3Traffic;
import dev.scaleswell.lake.schema.CuratedColumns;
import dev.scaleswell.lake.schema.CuratedSchemas;
import dev.scaleswell.lake.schema.UserRow;
import dev.scaleswell.model.lake.LakeLayout;
import dev.scaleswell.model.record.Dataset;
import dev.scaleswell.testsupport.EmbeddedS3;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one S3 Parquet reader against files written by parquet-avro's own writer, and the
 * writer support against DuckDB's reader: neither side is checked by code of ours alone.
 */
class CuratedFilesTests {

	@RegisterExtension
	static final EmbeddedS3 server = new EmbeddedS3();

	private static final String DUELS = LakeLayout.curatedKey(Dataset.DUEL_RESULTS, LocalDate.of(2026, 12, 1),
			"run-large", 0);

	@TempDir
	Path directory;

	S3Traffic s3;

	CuratedFiles files;

	@BeforeEach
	void lake() {
		this.s3 = new S3Traffic(server);
		this.files = new CuratedFiles(this.s3.client(), this.s3.bucket());
	}

	@Test
	void readColumnsShouldStreamEveryRowOfAMultiMegabyteFileInOrder() throws IOException {
		long size = writeDuels(100_000);
		assertThat(size).as("spans several ranged reads").isGreaterThan(1024 * 1024);
		List<String> rows = new ArrayList<>();
		this.files.readColumns(DUELS, List.of(CuratedColumns.RECEIVED_AT, CuratedColumns.NAME1, CuratedColumns.KEY2),
				(row) -> rows.add(row.number(0) + " " + row.string(1) + " " + row.string(2)));
		assertThat(rows).hasSize(100_000);
		assertThat(rows.get(12_345)).isEqualTo("12345 Warrior 12345 rival 4");
		assertThat(rows.getLast()).startsWith("99999 ");
		assertThat(this.files.rowCount(DUELS)).isEqualTo(100_000);
	}

	@Test
	void readColumnsShouldFetchOnlyTheFooterAndTheProjectedColumnChunks() throws IOException {
		long size = writeDuels(200_000);
		this.s3.reset();
		this.files.readColumns(DUELS, List.of(CuratedColumns.RECEIVED_AT), (row) -> {
		});
		assertThat(this.s3.answers()).filteredOn((answer) -> answer.method().equals("GET"))
			.allSatisfy((answer) -> assertThat(answer.status()).as("ranged").isEqualTo(206));
		assertThat(this.s3.bytesReceived()).as("bytes of %d fetched", size).isLessThan(size / 3);
	}

	@Test
	void readShouldApplyAnAvroProjection() throws IOException {
		writeDuels(10);
		Schema projection = SchemaBuilder.record("DuelResult")
			.namespace("dev.scaleswell.curated")
			.fields()
			.requiredString(CuratedColumns.WINNER_KEY)
			.endRecord();
		List<GenericRecord> rows = new ArrayList<>();
		this.files.read(DUELS, projection, rows::add);
		assertThat(rows).hasSize(10);
		assertThat(rows.get(3).get(CuratedColumns.WINNER_KEY)).hasToString("rival 3");
		assertThat(rows.get(3).get(CuratedColumns.NAME1)).as("not projected").isNull();
	}

	@Test
	void usersWrittenWithTheWriterSupportShouldReadBackInDuckDbAndThroughTheReader() throws Exception {
		Instant seen = Instant.parse("2026-12-01T18:00:00Z");
		List<UserRow> users = List.of(new UserRow("alice", "Alice", 25, "Thor", 2, seen, seen.plusSeconds(60), 0.7),
				new UserRow("bob", "bob", 34, "Hulk", 1, seen, seen, null));
		String key = LakeLayout.usersKey("run-users", 0);
		try (ParquetPart<UserRow> part = ParquetPart.open(this.directory, key, new UserRow.Writer(),
				CuratedColumns.IDENTITY_KEY)) {
			users.forEach(part::write);
			assertThat(part.upload(this.s3.client(), this.s3.bucket())).isPositive();
		}

		Path copy = this.directory.resolve("users.parquet");
		Files.write(copy,
				this.s3.client()
					.getObjectAsBytes((request) -> request.bucket(this.s3.bucket()).key(key))
					.asByteArray());
		assertThat(duckDb("SELECT identity_key || ' ' || age || ' ' || coalesce(CAST(rating AS VARCHAR), 'null') "
				+ "|| ' ' || epoch_ms(last_seen) FROM read_parquet('" + copy + "') ORDER BY identity_key"))
			.containsExactly("alice 25 0.7 " + seen.plusSeconds(60).toEpochMilli(),
					"bob 34 null " + seen.toEpochMilli());
		assertThat(duckDb("SELECT DISTINCT compression FROM parquet_metadata('" + copy + "')")).containsExactly("ZSTD");

		List<UserRow> read = new ArrayList<>();
		this.files.read(key, (row) -> read.add(UserRow.fromAvro(row)));
		assertThat(read).isEqualTo(users);
	}

	/** Duel results written by parquet-avro's writer, not ours; returns the file size. */
	private long writeDuels(int count) throws IOException {
		Path file = this.directory.resolve("duels.parquet");
		try (ParquetWriter<GenericRecord> writer = AvroParquetWriter.<GenericRecord>builder(new LocalOutputFile(file))
			.withSchema(CuratedSchemas.DUEL_RESULT)
			.withConf(new PlainParquetConfiguration())
			.withCompressionCodec(CompressionCodecName.ZSTD)
			.withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
			.build()) {
			for (int i = 0; i < count; i++) {
				writer.write(duel(i));
			}
		}
		this.s3.client()
			.putObject((request) -> request.bucket(this.s3.bucket()).key(DUELS), RequestBody.fromFile(file));
		return Files.size(file);
	}

	private static GenericRecord duel(int i) {
		String rival = "Rival " + (i % 7);
		GenericRecord duel = new GenericData.Record(CuratedSchemas.DUEL_RESULT);
		duel.put(CuratedColumns.ID, UUID.randomUUID().toString());
		duel.put(CuratedColumns.RECEIVED_AT, (long) i);
		duel.put(CuratedColumns.OCCURRED_AT, null);
		duel.put(CuratedColumns.NAME1, "Warrior " + i);
		duel.put(CuratedColumns.NAME2, rival);
		duel.put(CuratedColumns.WINNER, rival);
		duel.put(CuratedColumns.KEY1, ("Warrior " + i).toLowerCase(Locale.ROOT));
		duel.put(CuratedColumns.KEY2, rival.toLowerCase(Locale.ROOT));
		duel.put(CuratedColumns.WINNER_KEY, rival.toLowerCase(Locale.ROOT));
		duel.put(CuratedColumns.SOURCE_KEY, "raw/duel-results/dt=2026-12-01/hour=18/fixture.jsonl.gz");
		return duel;
	}

	private static List<String> duckDb(String query) throws SQLException {
		try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(query)) {
			List<String> rows = new ArrayList<>();
			while (result.next()) {
				rows.add(result.getString(1));
			}
			return rows;
		}
	}

}

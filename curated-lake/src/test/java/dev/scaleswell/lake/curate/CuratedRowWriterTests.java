package dev.scaleswell.lake.curate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.scaleswell.lake.curate.CuratedRow.SubmissionRow;
import dev.scaleswell.lake.parquet.ParquetPart;
import dev.scaleswell.lake.schema.CuratedColumns;
import dev.scaleswell.model.record.Dataset;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.io.LocalInputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class CuratedRowWriterTests {

	@TempDir
	Path directory;

	@Test
	void recurringStringsShouldBeWrittenAsEveryOtherString() throws IOException {
		List<SubmissionRow> rows = new ArrayList<>();
		String sourceKey = "raw/submissions/dt=2026-12-01/hour=00/1-a.jsonl.gz";
		for (int i = 0; i < 12_000; i++) {
			// the same instances, equal copies, and more distinct instances than are
			// cached
			String source = switch (i % 3) {
				case 0 -> sourceKey;
				case 1 -> new String(sourceKey);
				default -> "raw/submissions/dt=2026-12-01/hour=01/" + i + "-b.jsonl.gz";
			};
			String hero = (i % 2 == 0) ? "Thor" : "Zoë's " + (i % 7);
			rows.add(new SubmissionRow(UUID.randomUUID(), 1_000L * i, WarriorName.of("Name " + i), 13 + i % 80, hero,
					source));
		}
		ParquetPart<CuratedRow> part = ParquetPart.open(this.directory, "k", CuratedRow.writer(Dataset.SUBMISSIONS),
				CuratedColumns.ID);
		rows.forEach(part::write);
		part.close();

		List<SubmissionRow> read = new ArrayList<>();
		List<String> identityKeys = new ArrayList<>();
		Path file;
		try (var files = Files.list(this.directory)) {
			file = files.findFirst().orElseThrow();
		}
		try (ParquetReader<GenericRecord> reader = AvroParquetReader
			.<GenericRecord>builder(new LocalInputFile(file), new PlainParquetConfiguration())
			.build()) {
			for (GenericRecord record = reader.read(); record != null; record = reader.read()) {
				identityKeys.add(record.get(CuratedColumns.IDENTITY_KEY).toString());
				read.add(new SubmissionRow(UUID.fromString(record.get(CuratedColumns.ID).toString()),
						(Long) record.get(CuratedColumns.RECEIVED_AT),
						WarriorName.of(record.get(CuratedColumns.NAME).toString()),
						(Integer) record.get(CuratedColumns.AGE), record.get(CuratedColumns.HERO).toString(),
						record.get(CuratedColumns.SOURCE_KEY).toString()));
			}
		}
		assertThat(read).containsExactlyElementsOf(rows);
		assertThat(identityKeys).containsExactlyElementsOf(rows.stream().map(SubmissionRow::identityKey).toList());
	}

}

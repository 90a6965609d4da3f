package dev.scaleswell.lake.parquet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.avro.AvroReadSupport;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Reads committed curated Parquet files straight from S3 with ranged reads
 * ({@link S3InputFile}): the footer, then only the column chunks a projection names,
 * never a whole object nor a local copy. Rows come either as Avro records (all columns or
 * an Avro projection) or, much cheaper, as a few flat columns in one reused
 * {@link ProjectedRows.Row}.
 */
public final class CuratedFiles {

	private final S3Client s3;

	private final String bucket;

	public CuratedFiles(S3Client s3, String bucket) {
		this.s3 = s3;
		this.bucket = bucket;
	}

	/**
	 * Passes every row of the file at {@code key}, with all its columns, to {@code rows}.
	 */
	public void read(String key, Consumer<GenericRecord> rows) {
		read(key, null, rows);
	}

	/**
	 * Passes every row of {@code key} to {@code rows}, with only the fields of
	 * {@code projection} (a subset of the file's schema with the same record name), or
	 * all of them when it is {@code null}.
	 */
	public void read(String key, @Nullable Schema projection, Consumer<GenericRecord> rows) {
		PlainParquetConfiguration conf = new PlainParquetConfiguration();
		if (projection != null) {
			conf.set(AvroReadSupport.AVRO_REQUESTED_PROJECTION, projection.toString());
		}
		try (ParquetReader<GenericRecord> reader = AvroParquetReader.<GenericRecord>builder(inputFile(key), conf)
			.build()) {
			for (GenericRecord row = reader.read(); row != null; row = reader.read()) {
				rows.accept(row);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + key, ex);
		}
	}

	/**
	 * Passes {@code columns} of every row of {@code key} to {@code rows}, in file order,
	 * as one reused row whose values are indexed by their position in {@code columns}.
	 * @see ProjectedRows#read
	 */
	public void readColumns(String key, List<String> columns, Consumer<ProjectedRows.Row> rows) {
		try {
			ProjectedRows.read(inputFile(key), columns, rows);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + key, ex);
		}
	}

	/** The rows of a Parquet file, from its footer alone. */
	public long rowCount(String key) {
		ParquetReadOptions options = ParquetReadOptions.builder(new PlainParquetConfiguration()).build();
		try (ParquetFileReader reader = ParquetFileReader.open(inputFile(key), options)) {
			return reader.getRecordCount();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the footer of " + key, ex);
		}
	}

	private S3InputFile inputFile(String key) {
		return new S3InputFile(this.s3, this.bucket, key);
	}

}

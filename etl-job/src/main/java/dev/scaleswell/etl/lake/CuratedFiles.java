package dev.scaleswell.etl.lake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.avro.AvroReadSupport;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.io.LocalInputFile;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Reads committed curated files back: downloads each to a temporary file in the work
 * directory and reads it with parquet-avro, all columns or a projection.
 */
public final class CuratedFiles {

	private final S3Client s3;

	private final String bucket;

	private final Path workDirectory;

	public CuratedFiles(S3Client s3, String bucket, Path workDirectory) {
		this.s3 = s3;
		this.bucket = bucket;
		this.workDirectory = workDirectory;
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
		Path file = null;
		try {
			Files.createDirectories(this.workDirectory);
			file = Files.createTempFile(this.workDirectory, "curated-", ".parquet");
			Files.delete(file);
			this.s3.getObject((request) -> request.bucket(this.bucket).key(key), file);
			PlainParquetConfiguration conf = new PlainParquetConfiguration();
			if (projection != null) {
				conf.set(AvroReadSupport.AVRO_REQUESTED_PROJECTION, projection.toString());
			}
			try (ParquetReader<GenericRecord> reader = AvroParquetReader
				.<GenericRecord>builder(new LocalInputFile(file), conf)
				.build()) {
				for (GenericRecord row = reader.read(); row != null; row = reader.read()) {
					rows.accept(row);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + key, ex);
		}
		finally {
			if (file != null) {
				file.toFile().delete();
			}
		}
	}

}

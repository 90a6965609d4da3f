package dev.scaleswell.etl.train;

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
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Reads curated Parquet files from the lake through a local temporary copy (Hadoop's file
 * system is never used), decoding only the columns asked for: drift needs two columns of
 * a million submissions, training four of a million users.
 */
public final class CuratedParquet {

	private final S3Client s3;

	private final String bucket;

	private final Path workDirectory;

	public CuratedParquet(S3Client s3, String bucket, Path workDirectory) {
		this.s3 = s3;
		this.bucket = bucket;
		this.workDirectory = workDirectory;
	}

	/**
	 * Passes every row of {@code key} to {@code rows}, with only the fields of
	 * {@code projection} (a subset of the file's schema with the same record name).
	 */
	public void read(String key, Schema projection, Consumer<GenericRecord> rows) {
		Path file = download(key);
		try {
			PlainParquetConfiguration conf = new PlainParquetConfiguration();
			conf.set(AvroReadSupport.AVRO_REQUESTED_PROJECTION, projection.toString());
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
			delete(file);
		}
	}

	private Path download(String key) {
		Path file = tempFile();
		try {
			Files.delete(file);
			this.s3.getObject((request) -> request.bucket(this.bucket).key(key), file);
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Path tempFile() {
		try {
			Files.createDirectories(this.workDirectory);
			return Files.createTempFile(this.workDirectory, "curated-", ".parquet");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

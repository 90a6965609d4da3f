package dev.scaleswell.etl.lake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.io.LocalInputFile;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Reads committed curated files back: downloads each to a local temporary file and reads
 * it with parquet-avro.
 */
public final class CuratedFiles {

	private final S3Client s3;

	private final String bucket;

	public CuratedFiles(S3Client s3, String bucket) {
		this.s3 = s3;
		this.bucket = bucket;
	}

	/** Passes every record of the file at {@code key} to {@code action}. */
	public void read(String key, Path directory, Consumer<GenericRecord> action) {
		Path file = null;
		try {
			file = Files.createTempFile(directory, "read-", ".parquet");
			Files.delete(file);
			this.s3.getObject((request) -> request.bucket(this.bucket).key(key), file);
			try (ParquetReader<GenericRecord> reader = AvroParquetReader
				.<GenericRecord>builder(new LocalInputFile(file), new PlainParquetConfiguration())
				.build()) {
				for (GenericRecord record = reader.read(); record != null; record = reader.read()) {
					action.accept(record);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			if (file != null) {
				file.toFile().delete();
			}
		}
	}

}

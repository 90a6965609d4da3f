package dev.scaleswell.lake.parquet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.OutputFile;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * One curated Parquet file (ZSTD) being written to a local temporary file, then uploaded
 * to its key in one put: Hadoop's file system is never used.
 *
 * @param <T> the row type
 */
public final class ParquetPart<T> implements AutoCloseable {

	private static final int DICTIONARY_PAGE_BYTES = 8 * 1024 * 1024;

	private final String key;

	private final Path file;

	private final ParquetWriter<T> writer;

	private long rows;

	private boolean closed;

	private ParquetPart(String key, Path file, ParquetWriter<T> writer) {
		this.key = key;
		this.file = file;
		this.writer = writer;
	}

	/**
	 * Opens a part for {@code key} in {@code directory}.
	 * @param noDictionary columns whose values are nearly all distinct (ids), where a
	 * dictionary only costs time
	 */
	public static <T> ParquetPart<T> open(Path directory, String key, RowWriteSupport<T> support,
			String... noDictionary) {
		try {
			Path file = Files.createTempFile(directory, "part-", ".parquet");
			Builder<T> builder = new Builder<>(new LocalOutputFile(file), support)
				.withConf(new PlainParquetConfiguration())
				.withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
				.withCompressionCodec(CompressionCodecName.ZSTD)
				// v2 pages: delta encodings for timestamps and for ids that share
				// prefixes
				.withWriterVersion(ParquetProperties.WriterVersion.PARQUET_2_0)
				// room for a dictionary of every distinct name of a large partition
				.withDictionaryPageSize(DICTIONARY_PAGE_BYTES);
			for (String column : noDictionary) {
				builder.withDictionaryEncoding(column, false);
			}
			return new ParquetPart<>(key, file, builder.build());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public String key() {
		return this.key;
	}

	public void write(T row) {
		try {
			this.writer.write(row);
			this.rows++;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public long rows() {
		return this.rows;
	}

	/**
	 * Whether the part has reached {@code targetBytes} and the next row should start
	 * another. Checked every few thousand rows only: the size walks every column's
	 * buffers.
	 */
	public boolean full(long targetBytes) {
		return this.rows % 4096 == 0 && dataSize() >= targetBytes;
	}

	/** The bytes written so far plus those buffered, roughly the file's final size. */
	private long dataSize() {
		return this.writer.getDataSize();
	}

	/** Finishes the file and puts it at its key; returns its size in bytes. */
	public long upload(S3Client s3, String bucket) {
		close();
		try {
			long size = Files.size(this.file);
			s3.putObject(
					(request) -> request.bucket(bucket).key(this.key).contentType("application/vnd.apache.parquet"),
					RequestBody.fromFile(this.file));
			Files.deleteIfExists(this.file);
			return size;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		if (this.closed) {
			return;
		}
		this.closed = true;
		try {
			this.writer.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static final class Builder<T> extends ParquetWriter.Builder<T, Builder<T>> {

		private final WriteSupport<T> support;

		Builder(OutputFile file, WriteSupport<T> support) {
			super(file);
			this.support = support;
		}

		@Override
		protected Builder<T> self() {
			return this;
		}

		@Override
		protected WriteSupport<T> getWriteSupport(Configuration configuration) {
			return this.support;
		}

		@Override
		protected WriteSupport<T> getWriteSupport(ParquetConfiguration configuration) {
			return this.support;
		}

	}

}

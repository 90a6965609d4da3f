package dev.scaleswell.lake.parquet;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;

import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.SeekableInputStream;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * A Parquet {@link InputFile} read from S3 with ranged GETs, so that a reader fetches
 * only the footer and the column chunks it projects, never a whole object nor a local
 * copy. Every range comes from the version of the object found on opening (its ETag): one
 * replaced meanwhile fails the read with {@link ObjectChangedException} rather than
 * mixing the two versions' bytes.
 */
public final class S3InputFile implements InputFile {

	/**
	 * Bytes fetched at the end of the object on the first read there: covers most
	 * footers.
	 */
	private static final int TAIL_BLOCK = 64 * 1024;

	/** Smallest ranged GET elsewhere, so that small sequential reads share requests. */
	private static final int MIN_BLOCK = 1024 * 1024;

	private final S3Client s3;

	private final String bucket;

	private final String key;

	private final long length;

	private final String etag;

	public S3InputFile(S3Client s3, String bucket, String key) {
		this.s3 = s3;
		this.bucket = bucket;
		this.key = key;
		HeadObjectResponse head = s3.headObject((request) -> request.bucket(bucket).key(key));
		this.length = head.contentLength();
		this.etag = head.eTag();
	}

	@Override
	public long getLength() {
		return this.length;
	}

	@Override
	public SeekableInputStream newStream() {
		return new RangedStream();
	}

	@Override
	public String toString() {
		return "s3://" + this.bucket + "/" + this.key;
	}

	private byte[] fetch(long from, long toExclusive) {
		String range = "bytes=" + from + "-" + (toExclusive - 1);
		try {
			ResponseBytes<GetObjectResponse> bytes = this.s3.getObjectAsBytes(
					(request) -> request.bucket(this.bucket).key(this.key).range(range).ifMatch(this.etag));
			return bytes.asByteArrayUnsafe();
		}
		catch (S3Exception ex) {
			if (ex.statusCode() == 412) {
				throw new ObjectChangedException(toString(), ex);
			}
			throw ex;
		}
	}

	/**
	 * Serves reads from the last fetched block; a miss fetches a new block at the
	 * position.
	 */
	private final class RangedStream extends SeekableInputStream {

		private long position;

		private byte[] block = new byte[0];

		private long blockStart;

		@Override
		public long getPos() {
			return this.position;
		}

		@Override
		public void seek(long newPosition) throws IOException {
			if (newPosition < 0 || newPosition > S3InputFile.this.length) {
				throw new EOFException("seek to " + newPosition + " outside " + S3InputFile.this);
			}
			this.position = newPosition;
		}

		@Override
		public int read() throws IOException {
			byte[] one = new byte[1];
			return (read(one, 0, 1) < 0) ? -1 : (one[0] & 0xff);
		}

		@Override
		public int read(byte[] target, int offset, int length) {
			if (length == 0) {
				return 0;
			}
			long remaining = S3InputFile.this.length - this.position;
			if (remaining <= 0) {
				return -1;
			}
			int wanted = (int) Math.min(length, remaining);
			ensureBuffered(wanted);
			int inBlock = (int) (this.position - this.blockStart);
			int count = Math.min(wanted, this.block.length - inBlock);
			System.arraycopy(this.block, inBlock, target, offset, count);
			this.position += count;
			return count;
		}

		@Override
		public void readFully(byte[] bytes) throws IOException {
			readFully(bytes, 0, bytes.length);
		}

		@Override
		public void readFully(byte[] bytes, int start, int len) throws IOException {
			int done = 0;
			while (done < len) {
				int count = read(bytes, start + done, len - done);
				if (count < 0) {
					throw new EOFException("end of " + S3InputFile.this + " after " + done + " of " + len + " bytes");
				}
				done += count;
			}
		}

		@Override
		public int read(ByteBuffer buffer) {
			int wanted = buffer.remaining();
			byte[] chunk = new byte[wanted];
			int count = read(chunk, 0, wanted);
			if (count > 0) {
				buffer.put(chunk, 0, count);
			}
			return count;
		}

		@Override
		public void readFully(ByteBuffer buffer) throws IOException {
			byte[] chunk = new byte[buffer.remaining()];
			readFully(chunk);
			buffer.put(chunk);
		}

		private void ensureBuffered(int wanted) {
			long end = this.blockStart + this.block.length;
			if (this.position >= this.blockStart && this.position + wanted <= end) {
				return;
			}
			long fileLength = S3InputFile.this.length;
			long from = this.position;
			long to = Math.min(fileLength, from + Math.max(wanted, MIN_BLOCK));
			if (from >= fileLength - TAIL_BLOCK) {
				// The footer is read backwards from the end: fetch the whole tail at
				// once.
				from = Math.max(0, Math.min(from, fileLength - TAIL_BLOCK));
				to = fileLength;
			}
			this.block = fetch(from, to);
			this.blockStart = from;
		}

	}

}

package dev.scaleswell.lake.curate;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The ETL's bookkeeping for one day of one dataset: which raw objects of that day were
 * processed (so a late object is found by listing the day) and which record ids were
 * curated with that day's {@code received_at} (so a duplicate is never written twice).
 * Stored as gzip binary: version, keys as modified UTF-8, ids as pairs of longs.
 */
public final class DayState {

	private static final int VERSION = 1;

	private static final int BUFFER_BYTES = 65536;

	private final Set<String> processedKeys;

	private final IdSet ids;

	private boolean changed;

	private DayState(Set<String> processedKeys, IdSet ids) {
		this.processedKeys = processedKeys;
		this.ids = ids;
	}

	public static DayState empty() {
		return new DayState(new HashSet<>(), new IdSet());
	}

	public boolean isProcessed(String rawKey) {
		return this.processedKeys.contains(rawKey);
	}

	public void markProcessed(String rawKey) {
		this.changed |= this.processedKeys.add(rawKey);
	}

	public int processedCount() {
		return this.processedKeys.size();
	}

	public boolean containsId(UUID id) {
		return this.ids.contains(id);
	}

	/** Records a curated id; {@code false} if it was already there. */
	public boolean addId(UUID id) {
		boolean added = this.ids.add(id);
		this.changed |= added;
		return added;
	}

	/** The ids curated with this day's {@code received_at}, in no particular order. */
	public Iterable<UUID> ids() {
		return this.ids;
	}

	public int idCount() {
		return this.ids.size();
	}

	/** Whether this run changed the state, so that a new version must be written. */
	public boolean changed() {
		return this.changed;
	}

	public byte[] toBytes() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + this.ids.size() * 16);
		writeTo(bytes);
		return bytes.toByteArray();
	}

	private void writeTo(OutputStream target) {
		// buffered above gzip: DataOutputStream writes 8 bytes a call, and every call
		// into
		// a GZIPOutputStream runs the deflater and the CRC; ids are mostly random bits,
		// so
		// the fastest level loses little size
		try (DataOutputStream out = new DataOutputStream(
				new BufferedOutputStream(new FastGzipOutputStream(target), BUFFER_BYTES))) {
			out.writeInt(VERSION);
			out.writeInt(this.processedKeys.size());
			for (String key : this.processedKeys.stream().sorted().toList()) {
				out.writeUTF(key);
			}
			this.ids.writeTo(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Reads the state stored under {@code key}. */
	public static DayState load(S3Client s3, String bucket, String key) {
		return fromBytes(s3.getObjectAsBytes((request) -> request.bucket(bucket).key(key)).asByteArrayUnsafe());
	}

	/** Stores this state under {@code key}. */
	public void store(S3Client s3, String bucket, String key) {
		// through a temporary file: a day of ten million ids is over 150 MB
		try {
			Path file = Files.createTempFile("day-state-", ".bin.gz");
			try {
				try (OutputStream out = Files.newOutputStream(file)) {
					writeTo(out);
				}
				s3.putObject((request) -> request.bucket(bucket).key(key).contentType("application/octet-stream"),
						RequestBody.fromFile(file));
			}
			finally {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static DayState fromBytes(byte[] gzipped) {
		try (DataInputStream in = new DataInputStream(new BufferedInputStream(
				new GZIPInputStream(new ByteArrayInputStream(gzipped), BUFFER_BYTES), BUFFER_BYTES))) {
			int version = in.readInt();
			if (version != VERSION) {
				throw new IllegalStateException("unsupported ETL day state version " + version);
			}
			int keys = in.readInt();
			Set<String> processed = HashSet.newHashSet(keys);
			for (int i = 0; i < keys; i++) {
				processed.add(in.readUTF());
			}
			return new DayState(processed, IdSet.readFrom(in));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static final class FastGzipOutputStream extends GZIPOutputStream {

		FastGzipOutputStream(OutputStream out) throws IOException {
			super(out, BUFFER_BYTES);
			this.def.setLevel(Deflater.BEST_SPEED);
		}

	}

}

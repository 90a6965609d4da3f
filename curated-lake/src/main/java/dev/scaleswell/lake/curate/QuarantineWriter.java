package dev.scaleswell.lake.curate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import dev.scaleswell.model.lake.LakeLayout;
import dev.scaleswell.model.record.Dataset;
import dev.scaleswell.model.record.LineError;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Collects one run's rejected input of one dataset as gzip JSON lines under
 * {@code quarantine/<dataset>/run=<runId>/}: one line per bad line
 * ({@code sourceKey, lineNumber, reason, line}) and one per unreadable object
 * ({@code lineNumber} 0, {@code line} null). Parts roll at a size limit.
 */
public final class QuarantineWriter {

	private static final int PART_BYTES = 32 * 1024 * 1024;

	private final JsonMapper json = JsonMapper.builder().build();

	private final S3Client s3;

	private final String bucket;

	private final Dataset dataset;

	private final String runId;

	private final List<String> written = new ArrayList<>();

	private @Nullable ByteArrayOutputStream bytes;

	private @Nullable OutputStream gzip;

	public QuarantineWriter(S3Client s3, String bucket, Dataset dataset, String runId) {
		this.s3 = s3;
		this.bucket = bucket;
		this.dataset = dataset;
		this.runId = runId;
	}

	public void line(String sourceKey, LineError error) {
		line(sourceKey, error.lineNumber(), error.reason(), error.line());
	}

	/** A bad line, {@code line} {@code null} for an unreadable object. */
	public void line(String sourceKey, int lineNumber, String reason, @Nullable String line) {
		append(sourceKey, lineNumber, reason, line);
	}

	public void object(String sourceKey, String reason) {
		append(sourceKey, 0, reason, null);
	}

	/** Uploads what is buffered; returns the keys of every part written. */
	public List<String> finish() {
		flushPart();
		return List.copyOf(this.written);
	}

	private void append(String sourceKey, int lineNumber, String reason, @Nullable String line) {
		ObjectNode node = this.json.createObjectNode();
		node.put("sourceKey", sourceKey);
		node.put("lineNumber", lineNumber);
		node.put("reason", reason);
		node.put("line", line);
		try {
			if (this.gzip == null) {
				this.bytes = new ByteArrayOutputStream();
				this.gzip = new GZIPOutputStream(this.bytes, 8192);
			}
			this.gzip.write(this.json.writeValueAsBytes(node));
			this.gzip.write('\n');
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (this.bytes != null && this.bytes.size() > PART_BYTES) {
			flushPart();
		}
	}

	private void flushPart() {
		if (this.gzip == null || this.bytes == null) {
			return;
		}
		try {
			this.gzip.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String key = LakeLayout.quarantineKey(this.dataset, this.runId, this.written.size());
		byte[] body = this.bytes.toByteArray();
		this.s3.putObject((request) -> request.bucket(this.bucket).key(key).contentType("application/gzip"),
				RequestBody.fromBytes(body));
		this.written.add(key);
		this.gzip = null;
		this.bytes = null;
	}

}

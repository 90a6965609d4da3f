package dev.scaleswell.etl.curate;

import dev.scaleswell.lake.curate.CuratedRow;
import dev.scaleswell.lake.curate.WarriorNames;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import dev.scaleswell.model.record.Dataset;
import dev.scaleswell.model.record.DecodedObject;
import dev.scaleswell.model.record.JsonLinesCodec;
import dev.scaleswell.model.record.LakeRecord;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Downloads and decodes raw objects on a pool of threads and hands them over in key
 * order, with a bounded number in flight so memory stays flat however many objects there
 * are.
 */
final class RawObjectReader {

	private final S3Client s3;

	private final String bucket;

	private final JsonLinesCodec codec;

	private final ExecutorService pool;

	private final int window;

	private final WarriorNames names = new WarriorNames();

	RawObjectReader(S3Client s3, String bucket, JsonLinesCodec codec, ExecutorService pool, int parallelism) {
		this.s3 = s3;
		this.bucket = bucket;
		this.codec = codec;
		this.pool = pool;
		this.window = 4 * parallelism;
	}

	void read(Dataset dataset, List<String> keys, Consumer<RawObject> sink) {
		ArrayDeque<Future<RawObject>> inFlight = new ArrayDeque<>();
		Iterator<String> next = keys.iterator();
		try {
			while (next.hasNext() || !inFlight.isEmpty()) {
				while (next.hasNext() && inFlight.size() < this.window) {
					String key = next.next();
					inFlight.add(this.pool.submit(() -> fetch(dataset, key)));
				}
				sink.accept(inFlight.removeFirst().get());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while reading raw objects", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(ex.getCause());
		}
		finally {
			inFlight.forEach((future) -> future.cancel(true));
		}
	}

	private RawObject fetch(Dataset dataset, String key) {
		// the response's own array: nothing else holds it, so a copy would only cost time
		byte[] bytes = this.s3.getObjectAsBytes((request) -> request.bucket(this.bucket).key(key)).asByteArrayUnsafe();
		try {
			DecodedObject decoded = this.codec.decode(dataset, bytes);
			List<CuratedRow> rows = new ArrayList<>(decoded.records().size());
			for (LakeRecord record : decoded.records()) {
				rows.add(CuratedRow.of(record, key, this.names));
			}
			return new RawObject(key, rows, decoded.errors(), null);
		}
		catch (IOException ex) {
			return RawObject.unreadable(key, "unreadable gzip: " + ex.getMessage());
		}
	}

}

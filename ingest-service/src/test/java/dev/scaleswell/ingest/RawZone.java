package dev.scaleswell.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import dev.scaleswell.model.lake.LakeLayout;
import dev.scaleswell.model.record.Dataset;
import dev.scaleswell.model.record.DecodedObject;
import dev.scaleswell.model.record.JsonLinesCodec;
import dev.scaleswell.model.record.LakeRecord;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads back what the service stored in the raw zone, with the lake's own codec.
 */
public record RawZone(S3Client s3, String bucket) {

	public List<String> keys(Dataset dataset) {
		return this.s3
			.listObjectsV2Paginator((request) -> request.bucket(this.bucket).prefix(LakeLayout.rawPrefix(dataset)))
			.contents()
			.stream()
			.map(S3Object::key)
			.toList();
	}

	public List<LakeRecord> records(Dataset dataset) {
		List<LakeRecord> records = new ArrayList<>();
		for (String key : keys(dataset)) {
			assertThat(LakeLayout.parseRawKey(key)).as(key).isPresent();
			byte[] bytes = this.s3.getObjectAsBytes((request) -> request.bucket(this.bucket).key(key)).asByteArray();
			try {
				DecodedObject decoded = JsonLinesCodec.standard().decode(dataset, bytes);
				assertThat(decoded.errors()).as(key).isEmpty();
				records.addAll(decoded.records());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return records;
	}

}

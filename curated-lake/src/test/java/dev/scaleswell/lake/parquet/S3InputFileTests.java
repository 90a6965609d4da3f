package dev.scaleswell.lake.parquet;

import java.io.IOException;
import java.util.Arrays;

import dev.scaleswell.lake.S3Traffic;
import dev.scaleswell.testsupport.EmbeddedS3;
import org.apache.parquet.io.SeekableInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Ranged reads of one version of an object: the ETL rewrites the users snapshot in place
 * (rated), so a reader that opened the old file must not read the new one's bytes through
 * it.
 */
class S3InputFileTests {

	@RegisterExtension
	static final EmbeddedS3 server = new EmbeddedS3();

	private static final String KEY = "curated/users/run=r/part-0.parquet";

	private S3Traffic s3;

	@BeforeEach
	void bucket() {
		this.s3 = new S3Traffic(server);
	}

	@Test
	void readShouldServeTheRangesOfTheObjectAsOpened() throws IOException {
		byte[] contents = filled(3 * 1024 * 1024, (byte) 1);
		contents[contents.length - 1] = 7;
		put(contents);
		S3InputFile file = new S3InputFile(this.s3.client(), this.s3.bucket(), KEY);
		try (SeekableInputStream in = file.newStream()) {
			in.seek(contents.length - 1);
			assertThat(in.read()).isEqualTo(7);
		}
		assertThat(file.getLength()).isEqualTo(contents.length);
	}

	@Test
	void readAfterTheObjectWasReplacedShouldFailInsteadOfMixingVersions() throws IOException {
		put(filled(3 * 1024 * 1024, (byte) 1));
		S3InputFile file = new S3InputFile(this.s3.client(), this.s3.bucket(), KEY);
		put(filled(3 * 1024 * 1024, (byte) 2));
		try (SeekableInputStream in = file.newStream()) {
			assertThatExceptionOfType(ObjectChangedException.class).isThrownBy(in::read)
				.withMessageContaining(KEY)
				.withMessageContaining("changed while being read");
		}
	}

	private void put(byte[] contents) {
		this.s3.client()
			.putObject((request) -> request.bucket(this.s3.bucket()).key(KEY), RequestBody.fromBytes(contents));
	}

	private static byte[] filled(int size, byte value) {
		byte[] bytes = new byte[size];
		Arrays.fill(bytes, value);
		return bytes;
	}

}

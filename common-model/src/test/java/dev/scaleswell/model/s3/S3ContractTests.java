package dev.scaleswell.model.s3;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What the lake relies on from an S3 server, checked against each server the project runs
 * on: the client built by {@link S3Clients} from {@link S3Properties} must put, get, list
 * by prefix with {@code startAfter} and paging, and enforce conditional creation.
 */
abstract class S3ContractTests {

	abstract S3Properties properties();

	@Test
	void putThenGetShouldReturnTheSameBytes() {
		try (S3Client s3 = S3Clients.create(properties())) {
			s3.putObject((put) -> put.bucket(bucket()).key("contract/hello.txt"), RequestBody.fromString("hello lake"));
			assertThat(s3.getObjectAsBytes((get) -> get.bucket(bucket()).key("contract/hello.txt")).asUtf8String())
				.isEqualTo("hello lake");
		}
	}

	@Test
	void listingShouldHonourPrefixStartAfterAndPaging() {
		try (S3Client s3 = S3Clients.create(properties())) {
			List<String> keys = IntStream.range(0, 25).mapToObj((i) -> "list/a/%03d".formatted(i)).toList();
			keys.forEach((key) -> s3.putObject((put) -> put.bucket(bucket()).key(key), RequestBody.fromString(key)));
			s3.putObject((put) -> put.bucket(bucket()).key("list/b/000"), RequestBody.fromString("other prefix"));

			List<String> listed = new ArrayList<>();
			int pages = 0;
			ListObjectsV2Request request = ListObjectsV2Request.builder()
				.bucket(bucket())
				.prefix("list/a/")
				.startAfter("list/a/004")
				.maxKeys(7)
				.build();
			ListObjectsV2Response page;
			do {
				page = s3.listObjectsV2(request);
				pages++;
				page.contents().stream().map(S3Object::key).forEach(listed::add);
				request = request.toBuilder().continuationToken(page.nextContinuationToken()).build();
			}
			while (Boolean.TRUE.equals(page.isTruncated()));

			assertThat(listed).containsExactlyElementsOf(keys.subList(5, 25));
			assertThat(pages).isEqualTo(3);
		}
	}

	@Test
	void conditionalCreateShouldBeRefusedWith412WhenTheKeyExists() {
		try (S3Client s3 = S3Clients.create(properties())) {
			s3.putObject((put) -> put.bucket(bucket()).key("locks/etl.json").ifNoneMatch("*"),
					RequestBody.fromString("first"));
			assertThatExceptionOfType(S3Exception.class)
				.isThrownBy(() -> s3.putObject((put) -> put.bucket(bucket()).key("locks/etl.json").ifNoneMatch("*"),
						RequestBody.fromString("second")))
				.satisfies((ex) -> assertThat(ex.statusCode()).isEqualTo(412));
			assertThat(s3.getObjectAsBytes((get) -> get.bucket(bucket()).key("locks/etl.json")).asUtf8String())
				.isEqualTo("first");
		}
	}

	@Test
	void conditionalCreatesShouldEachSucceedOnTheirFirstAttempt() {
		// no retries: a first attempt that fails on the client after the server applied
		// it
		// would make the retry of a conditional put meet its own object (see S3Clients)
		try (S3Client s3 = S3Clients.create(properties(), (builder) -> builder
			.overrideConfiguration((config) -> config.retryStrategy((retry) -> retry.maxAttempts(1))))) {
			for (int i = 0; i < 300; i++) {
				String key = "conditional/" + i + ".json";
				try {
					s3.putObject((put) -> put.bucket(bucket()).key(key).ifNoneMatch("*"),
							RequestBody.fromString("{\"n\":" + i + "}".repeat(50)));
				}
				catch (RuntimeException ex) {
					boolean applied = true;
					try {
						s3.headObject((h) -> h.bucket(bucket()).key(key));
					}
					catch (RuntimeException missing) {
						applied = false;
					}
					throw new IllegalStateException("put " + i + " failed, applied=" + applied, ex);
				}
			}
		}
	}

	@Test
	void wrongCredentialsShouldBeRefused() {
		S3Properties good = properties();
		S3Properties wrong = new S3Properties(good.endpoint(), good.region(), good.bucket(), good.pathStyle(),
				good.accessKeyId(), "wrong-secret", good.apiCallTimeout());
		try (S3Client s3 = S3Clients.create(wrong)) {
			assertThatExceptionOfType(S3Exception.class)
				.isThrownBy(() -> s3.getObjectAsBytes((get) -> get.bucket(bucket()).key("contract/hello.txt")))
				.satisfies((ex) -> assertThat(ex.statusCode()).isEqualTo(403));
		}
	}

	private String bucket() {
		return properties().bucket();
	}

}

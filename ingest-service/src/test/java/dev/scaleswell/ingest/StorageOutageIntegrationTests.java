package dev.scaleswell.ingest;

import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import dev.scaleswell.model.record.Dataset;
import dev.scaleswell.model.record.Submission;
import dev.scaleswell.testsupport.EmbeddedS3;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.s3.S3Client;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * S3 outages and back-pressure: one record per object and a one-record queue make the
 * writer's states easy to reach.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "scaleswell.ingest.writer.max-batch=1", "scaleswell.ingest.writer.queue-capacity=1",
				"scaleswell.ingest.writer.flush-deadline=3s", "scaleswell.ingest.writer.retry-after=2s",
				"scaleswell.ingest.prediction.base-url=http://127.0.0.1:9" })
class StorageOutageIntegrationTests {

	@RegisterExtension
	static final EmbeddedS3 s3 = new EmbeddedS3();

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		s3.springProperties().forEach((name, value) -> registry.add(name, () -> value));
	}

	@LocalServerPort
	int port;

	@Autowired
	S3Client s3Client;

	@Autowired
	MeterRegistry meters;

	Http http;

	@BeforeEach
	void setUp() {
		this.http = new Http("http://127.0.0.1:" + this.port);
	}

	@AfterEach
	void restartS3() throws Exception {
		s3.start();
	}

	@Test
	void whenS3IsDownSubmissionGets503WithRetryAfterAndNothingIsStored() throws Exception {
		s3.stop();
		HttpResponse<String> response = this.http.post("/submit-user-data",
				"{\"name\":\"Lost Cause\",\"age\":30,\"hero\":\"Thor\"}");
		assertThat(response.statusCode()).isEqualTo(503);
		assertThat(response.headers().firstValue("Retry-After")).hasValue("2");
		assertThat(Http.json(response).get("type").asString())
			.isEqualTo("https://scaleswell.dev/problems/storage-unavailable");
		// an S3 outage is every pod's: it stays ready and reports S3 as a detail of its
		// health
		assertThat(this.http.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
		assertThat(this.http.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
		HttpResponse<String> health = this.http.get("/actuator/health");
		assertThat(Http.json(health).path("components").path("s3").path("status").asString()).isEqualTo("DOWN");
		s3.start();
		assertThat(storedNames()).doesNotContain("Lost Cause");
		assertThat(this.meters.get("ingest.s3.failures").counter().count()).isPositive();
		assertThat(this.meters.get("ingest.records").tag("outcome", "failed").counter().count()).isPositive();
	}

	@Test
	void whenTheQueueIsFullSubmissionGets503AtOnce() throws Exception {
		s3.stop();
		try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
			// The writer takes the first record and retries it; the second fills the
			// queue.
			CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(() -> this.http
				.post("/submit-user-data", "{\"name\":\"First Waiting\",\"age\":30,\"hero\":\"Thor\"}"), clients);
			awaitPending(1);
			CompletableFuture<HttpResponse<String>> second = CompletableFuture.supplyAsync(() -> this.http
				.post("/submit-user-data", "{\"name\":\"Second Waiting\",\"age\":30,\"hero\":\"Thor\"}"), clients);
			awaitPending(2);
			long start = System.nanoTime();
			HttpResponse<String> third = this.http.post("/submit-user-data",
					"{\"name\":\"Third Refused\",\"age\":30,\"hero\":\"Thor\"}");
			long millis = (System.nanoTime() - start) / 1_000_000;
			assertThat(third.statusCode()).isEqualTo(503);
			assertThat(third.headers().firstValue("Retry-After")).hasValue("2");
			assertThat(Http.json(third).get("type").asString()).isEqualTo("https://scaleswell.dev/problems/queue-full");
			assertThat(millis).as("refused without waiting for S3").isLessThan(1000);
			// a saturated queue is this pod's own limit: readiness sends new clients
			// elsewhere
			assertThat(this.http.get("/actuator/health/readiness").statusCode()).isEqualTo(503);
			// S3 comes back within the first record's deadline: both waiting records are
			// stored.
			s3.start();
			assertThat(first.join().statusCode()).isEqualTo(201);
			assertThat(second.join().statusCode()).isEqualTo(201);
		}
		assertThat(this.http.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
		assertThat(storedNames()).contains("First Waiting", "Second Waiting").doesNotContain("Third Refused");
		assertThat(this.meters.get("ingest.queue.rejections").tag("dataset", "submissions").counter().count())
			.isPositive();
	}

	private void awaitPending(int records) throws InterruptedException {
		long deadline = System.nanoTime() + 10_000_000_000L;
		while (this.meters.get("ingest.queue.depth").tag("dataset", "submissions").gauge().value() < records) {
			assertThat(System.nanoTime()).as("%d records pending", records).isLessThan(deadline);
			Thread.sleep(10);
		}
	}

	private java.util.List<String> storedNames() {
		return new RawZone(this.s3Client, s3.bucket()).records(Dataset.SUBMISSIONS)
			.stream()
			.map((record) -> ((Submission) record).warrior().name())
			.toList();
	}

}

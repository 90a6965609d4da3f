package dev.scaleswell.ingest;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import dev.scaleswell.model.record.Dataset;
import dev.scaleswell.model.record.LakeRecord;
import dev.scaleswell.model.s3.S3Clients;
import dev.scaleswell.model.s3.S3Properties;
import dev.scaleswell.testsupport.EmbeddedS3;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.s3.S3Client;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shutdown stops taking requests but stores, and acknowledges, every record already
 * accepted.
 */
class GracefulShutdownIntegrationTests {

	@RegisterExtension
	static final EmbeddedS3 s3 = new EmbeddedS3();

	@Test
	void closingTheApplicationDrainsEveryQueuedRecordBeforeExit() throws Exception {
		Map<String, Object> properties = new HashMap<>(s3.springProperties());
		properties.put("server.port", "0");
		// Records wait in the writer long enough for the shutdown to begin meanwhile.
		properties.put("scaleswell.ingest.writer.flush-interval", "3s");
		properties.put("scaleswell.ingest.writer.flush-deadline", "15s");
		properties.put("scaleswell.ingest.prediction.base-url", "http://127.0.0.1:9");
		SpringApplication application = new SpringApplication(IngestApplication.class);
		application.setDefaultProperties(properties);
		ConfigurableApplicationContext context = application.run();
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		Http http = new Http("http://127.0.0.1:" + port);
		MeterRegistry meters = context.getBean(MeterRegistry.class);
		int n = 30;
		List<HttpResponse<String>> responses;
		try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
			List<CompletableFuture<HttpResponse<String>>> inFlight = IntStream.range(0, n)
				.mapToObj((i) -> CompletableFuture.supplyAsync(() -> http.post("/submit-user-data",
						"{\"name\":\"Drained " + i + "\",\"age\":30,\"hero\":\"Thor\"}"), clients))
				.toList();
			long deadline = System.nanoTime() + 20_000_000_000L;
			while (meters.get("ingest.queue.depth").tag("dataset", "submissions").gauge().value() < n) {
				assertThat(System.nanoTime()).as("all requests queued").isLessThan(deadline);
				Thread.sleep(10);
			}
			context.close();
			responses = inFlight.stream().map(CompletableFuture::join).toList();
		}
		assertThat(responses).allSatisfy((response) -> assertThat(response.statusCode()).isEqualTo(201));
		List<String> ids = responses.stream().map((response) -> Http.json(response).get("id").asString()).toList();
		S3Properties s3Properties = new S3Properties(s3.endpoint(), "us-east-1", s3.bucket(), true,
				EmbeddedS3.ACCESS_KEY, EmbeddedS3.SECRET_KEY, java.time.Duration.ofSeconds(10));
		try (S3Client client = S3Clients.create(s3Properties)) {
			List<String> stored = new RawZone(client, s3.bucket()).records(Dataset.SUBMISSIONS)
				.stream()
				.map(LakeRecord::id)
				.map(Object::toString)
				.toList();
			assertThat(stored).containsExactlyInAnyOrderElementsOf(ids);
		}
	}

}

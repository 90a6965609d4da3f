package dev.scaleswell.deploy.metrics;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.scaleswell.deploy.RepositoryFiles;
import dev.scaleswell.deploy.chart.ScalesWellChart;
import dev.scaleswell.deploy.container.Dockerfile;
import dev.scaleswell.testsupport.EmbeddedS3;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Ingest started with the environment the production values give its container, the API
 * key Secret resolved as the kubelet would: the chart's variable names must bind to the
 * service's settings, so writes without a configured key are refused.
 */
class IngestWriteAccessIntegrationTests {

	private static final Map<String, String> SECRETS = Map.of("scales-well-api-keys/api-keys", "key-one,key-two");

	private static final String SUBMISSION = "{\"name\":\"Ann\",\"age\":30,\"hero\":\"Thor\"}";

	@RegisterExtension
	static final EmbeddedS3 s3 = new EmbeddedS3();

	@TempDir
	static Path work;

	private static ServiceProcess ingest;

	@BeforeAll
	static void startIngest() throws Exception {
		Path jar = ServiceMetricsIntegrationTests.jar("ingest-service");
		assumeThat(jar).as("ingest-service/target has no jar: build with ./mvnw -pl deploy-tests -am verify")
			.isNotNull();
		List<String> arguments = new ArrayList<>();
		s3.springProperties().forEach((name, value) -> arguments.add("--" + name + "=" + value));
		Map<String, String> environment = productionEnvironment();
		environment.put("JAVA_TOOL_OPTIONS", "-XX:TieredStopAtLevel=1 -Xss512k");
		ingest = ServiceProcess.start("ingest-service", jar, Dockerfile.of("ingest-service").entrypoint(), environment,
				arguments, Files.createDirectories(work.resolve("ingest")));
		ingest.awaitOk("/actuator/health/liveness");
	}

	@AfterAll
	static void stopIngest() throws InterruptedException {
		if (ingest != null) {
			ingest.stop();
		}
	}

	@Test
	void writeWithoutAKeyFromTheSecretIsRefused() throws Exception {
		assertThat(submit(null).statusCode()).as(ingest.logTail()).isEqualTo(401);
		assertThat(submit("not-a-key").statusCode()).isEqualTo(401);
	}

	@Test
	void writeWithAKeyFromTheSecretIsStored() throws Exception {
		assertThat(submit("key-two").statusCode()).as(ingest.logTail()).isEqualTo(201);
	}

	private static HttpResponse<String> submit(String key) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(ingest.uri("/submit-user-data"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(SUBMISSION));
		if (key != null) {
			request.header("X-API-Key", key);
		}
		try (HttpClient http = HttpClient.newHttpClient()) {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
	}

	/**
	 * The container's environment in the production rendering, Secret references
	 * resolved.
	 */
	private static Map<String, String> productionEnvironment() {
		Deployment deployment = ScalesWellChart
			.renderWith(List.of(RepositoryFiles.resolve("helm/production-values.yaml")), Map.of())
			.named(Deployment.class, ScalesWellChart.componentName("ingest"));
		Map<String, String> environment = new LinkedHashMap<>();
		for (EnvVar variable : deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv()) {
			if (variable.getValue() != null) {
				environment.put(variable.getName(), variable.getValue());
			}
			else if (variable.getValueFrom().getSecretKeyRef() != null) {
				var reference = variable.getValueFrom().getSecretKeyRef();
				environment.put(variable.getName(), SECRETS.get(reference.getName() + "/" + reference.getKey()));
			}
		}
		assertThat(environment).containsKey("SCALESWELL_INGEST_API_APIKEYS");
		return environment;
	}

}

package dev.scaleswell.e2e;

import java.io.IOException;
import java.nio.file.Path;
import java.util.jar.JarFile;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every jar that talks to S3 on EKS carries the AWS SDK's STS module: without it the
 * default credentials chain cannot trade the pod's IRSA web-identity token for keys and
 * falls through to the node's instance role.
 */
class PackagedCredentialsTests {

	@ParameterizedTest
	@ValueSource(strings = { "ingest-service", "predict-service", "analytics-service", "etl-job" })
	void everyJarThatTalksToS3ShouldCarryStsForIrsa(String module) throws IOException {
		Path jar = LocalSystem.jar(module);
		try (JarFile contents = new JarFile(jar.toFile())) {
			assertThat(contents.stream().map((entry) -> entry.getName()))
				.anyMatch((name) -> name.matches("BOOT-INF/lib/sts-[0-9.]+\\.jar"));
		}
	}

}

package dev.scaleswell.deploy.ci;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.scaleswell.deploy.RepositoryFiles;
import dev.scaleswell.deploy.chart.ScalesWellChart;
import dev.scaleswell.deploy.chart.ScalesWellChart.Rendered;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a release gives operators, with the chart rendered exactly as release.yml calls
 * Helm: every object labelled with the released version, JVM settings chosen for the
 * pod's CPU limit, and a smoke simulation against the new release that rolls it back when
 * it fails.
 */
class ReleaseOperationsTests {

	private static final String VERSION = "1.2.3";

	private static final HelmCommand HELM = HelmCommand.parse(ReleaseWorkflow.deployScript(),
			Map.of("account", "123456789012", "AWS_REGION", "eu-west-1", "BUCKET", "scales-well-lake", "VERSION",
					VERSION, "CLUSTER", "scales-well"));

	private static final Rendered RELEASE = ScalesWellChart.renderWith(HELM.valuesFiles(), HELM.sets());

	private static final List<String> SERVICES = List.of("ingest", "predict", "analytics");

	@Test
	void releaseLabelsEveryObjectAndPodWithTheReleasedVersion() {
		assertThat(RELEASE.objects()).isNotEmpty()
			.allSatisfy((object) -> assertThat(object.getMetadata().getLabels())
				.as("%s %s", object.getKind(), object.getMetadata().getName())
				.containsEntry("app.kubernetes.io/version", VERSION));
		for (Deployment deployment : RELEASE.all(Deployment.class)) {
			assertThat(deployment.getSpec().getTemplate().getMetadata().getLabels())
				.containsEntry("app.kubernetes.io/version", VERSION);
			assertThat(container(deployment).getImage()).endsWith(":" + VERSION);
		}
	}

	@Test
	void releaseRunsEveryServiceWithAProcessorCountAndCollectorChosenForItsCpuLimit() {
		for (String service : SERVICES) {
			Container container = container(RELEASE.named(Deployment.class, "scales-well-" + service));
			assertThat(container.getResources().getLimits()).as(service).containsEntry("cpu", new Quantity("500m"));
			String options = container.getEnv()
				.stream()
				.filter((variable) -> variable.getName().equals("JAVA_TOOL_OPTIONS"))
				.map(EnvVar::getValue)
				.findFirst()
				.orElseThrow(() -> new AssertionError(service + " has no JAVA_TOOL_OPTIONS"));
			assertThat(options.split(" ")).as(service).contains("-XX:ActiveProcessorCount=2", "-XX:+UseSerialGC");
		}
	}

	@Test
	void releaseSmokeTestsTheNewReleaseThroughTheIngressAndRollsBackWhenItFails() {
		List<Map<String, Object>> steps = ReleaseWorkflow.deploySteps();
		int upgrade = indexOf(steps, "helm upgrade");
		int smoke = indexOf(steps, "SmokeSimulation");
		int rollback = indexOf(steps, "helm rollback");
		assertThat(upgrade).isLessThan(smoke).isLessThan(rollback);
		assertThat(smoke).isLessThan(rollback);
		Map<String, Object> smokeStep = steps.get(smoke);
		String smokeRun = String.valueOf(smokeStep.get("run"));
		assertThat(smokeRun).contains("-Dloadtest.allowRemote=true", "gatling:test", "-pl load-tests");
		assertThat(RepositoryFiles.resolve("load-tests/src/test/java/dev/scaleswell/loadtests/SmokeSimulation.java"))
			.exists();
		String settings = RepositoryFiles.read(RepositoryFiles
			.resolve("load-tests/src/main/java/dev/scaleswell/loadtests/config/LoadTestSettings.java"));
		Matcher property = Pattern.compile("-D(loadtest\\.[A-Za-z.]+)=").matcher(smokeRun);
		int properties = 0;
		while (property.find()) {
			assertThat(settings).as("LoadTestSettings reads %s", property.group(1))
				.contains("\"" + property.group(1) + "\"");
			properties++;
		}
		assertThat(properties).isGreaterThanOrEqualTo(5);
		Map<String, Object> rollbackStep = steps.get(rollback);
		assertThat(String.valueOf(rollbackStep.get("if"))).contains("failure()")
			.contains("steps." + smokeStep.get("id") + ".outcome == 'failure'");
		assertThat(String.valueOf(rollbackStep.get("run")))
			.contains("helm rollback scales-well --namespace scales-well");
	}

	private static int indexOf(List<Map<String, Object>> steps, String text) {
		for (int i = 0; i < steps.size(); i++) {
			if (String.valueOf(steps.get(i).get("run")).contains(text)) {
				return i;
			}
		}
		throw new AssertionError("release.yml's deploy job has no step running " + text);
	}

	private static Container container(Deployment deployment) {
		return deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
	}

	/** release.yml's deploy job. */
	static final class ReleaseWorkflow {

		private ReleaseWorkflow() {
		}

		@SuppressWarnings("unchecked")
		static List<Map<String, Object>> deploySteps() {
			Map<String, Object> release = new Yaml()
				.load(RepositoryFiles.read(RepositoryFiles.resolve(".github/workflows/release.yml")));
			Map<String, Object> deploy = ((Map<String, Map<String, Object>>) release.get("jobs")).get("deploy");
			return (List<Map<String, Object>>) deploy.get("steps");
		}

		static String deployScript() {
			return deploySteps().stream()
				.map((step) -> String.valueOf(step.get("run")))
				.filter((run) -> run.contains("helm upgrade"))
				.findFirst()
				.orElseThrow(() -> new AssertionError("release.yml's deploy job runs no helm upgrade"));
		}

	}

}

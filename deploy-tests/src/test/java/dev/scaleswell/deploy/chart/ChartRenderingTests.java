package dev.scaleswell.deploy.chart;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.marcnuri.helm.LintResult;
import dev.scaleswell.deploy.chart.ScalesWellChart.Rendered;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chart lints strictly, and every rendering (defaults and each
 * {@code ci/*-values.yaml}) keeps the operational contract: probes on the actuator
 * groups, the reference sizing, restricted security contexts, zero-downtime rollouts,
 * stable selectors, HPA 2-6, the S3 environment, no field Kubernetes does not know.
 */
class ChartRenderingTests {

	static Stream<Arguments> renderings() {
		Stream<Arguments> defaults = Stream.of(Arguments.of("defaults", ScalesWellChart.renderDefaults()));
		Stream<Arguments> ciFiles = ScalesWellChart.ciValuesFiles()
			.stream()
			.map((file) -> Arguments.of(file.getFileName().toString(), ScalesWellChart.renderCached(file)));
		return Stream.concat(defaults, ciFiles);
	}

	@Test
	void lintStrictPasses() {
		LintResult result = ScalesWellChart.lintStrict();
		assertThat(result.isFailed()).as(String.join("\n", result.getMessages())).isFalse();
		assertThat(result.getMessages())
			.noneMatch((message) -> message.contains("[WARNING]") || message.contains("[ERROR]"));
	}

	@Test
	void everyCiValuesFileIsRendered() {
		assertThat(ScalesWellChart.ciValuesFiles()).extracting((path) -> path.getFileName().toString())
			.contains("eks-values.yaml", "alb-values.yaml", "fixed-replicas-values.yaml", "local-s3-values.yaml",
					"spark-values.yaml");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("renderings")
	void renderedObjectsHaveNoFieldUnknownToKubernetes(String values, Rendered rendered) {
		for (HasMetadata object : rendered.objects()) {
			assertThat(UnknownFields.of(object)).as("%s %s", object.getKind(), object.getMetadata().getName())
				.isEmpty();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("renderings")
	void deploymentsProbeTheActuatorHealthGroups(String values, Rendered rendered) {
		for (Deployment deployment : deployments(rendered)) {
			Container container = onlyContainer(deployment.getSpec().getTemplate().getSpec());
			assertThat(httpPath(container.getStartupProbe())).isEqualTo("/actuator/health/liveness");
			assertThat(httpPath(container.getLivenessProbe())).isEqualTo("/actuator/health/liveness");
			assertThat(httpPath(container.getReadinessProbe())).isEqualTo("/actuator/health/readiness");
			assertThat(container.getReadinessProbe().getHttpGet().getPort().getStrVal()).isEqualTo("http");
			assertThat(container.getPorts()).singleElement()
				.satisfies((port) -> assertThat(port.getName()).isEqualTo("http"));
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("renderings")
	void deploymentsUseTheReferenceSizing(String values, Rendered rendered) {
		for (Deployment deployment : deployments(rendered)) {
			Container container = onlyContainer(deployment.getSpec().getTemplate().getSpec());
			Map<String, Quantity> requests = container.getResources().getRequests();
			Map<String, Quantity> limits = container.getResources().getLimits();
			assertThat(requests).containsEntry("cpu", new Quantity("250m"))
				.containsEntry("memory", new Quantity("512Mi"));
			assertThat(limits).containsEntry("cpu", new Quantity("500m")).containsEntry("memory", new Quantity("1Gi"));
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("renderings")
	void podsRunRestricted(String values, Rendered rendered) {
		List<PodSpec> pods = Stream
			.concat(deployments(rendered).stream().map((deployment) -> deployment.getSpec().getTemplate().getSpec()),
					rendered.all(CronJob.class)
						.stream()
						.map((cronJob) -> cronJob.getSpec().getJobTemplate().getSpec().getTemplate().getSpec()))
			.toList();
		assertThat(pods).isNotEmpty();
		for (PodSpec pod : pods) {
			assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
			assertThat(pod.getSecurityContext().getRunAsUser()).isPositive();
			assertThat(pod.getSecurityContext().getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
			assertThat(pod.getAutomountServiceAccountToken()).isFalse();
			Container container = onlyContainer(pod);
			assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
			assertThat(container.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
			assertThat(container.getSecurityContext().getCapabilities().getDrop()).containsExactly("ALL");
			assertThat(container.getVolumeMounts()).anySatisfy((mount) -> {
				assertThat(mount.getMountPath()).isEqualTo("/tmp");
				assertThat(pod.getVolumes()).anySatisfy((volume) -> {
					assertThat(volume.getName()).isEqualTo(mount.getName());
					assertThat(volume.getEmptyDir()).isNotNull();
				});
			});
			assertThat(env(container)).containsKeys("S3_BUCKET", "AWS_REGION");
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("renderings")
	void rolloutsKeepCapacityAndShutDownGracefully(String values, Rendered rendered) {
		for (Deployment deployment : deployments(rendered)) {
			assertThat(deployment.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable().getIntVal()).isZero();
			PodSpec pod = deployment.getSpec().getTemplate().getSpec();
			Container container = onlyContainer(pod);
			List<String> preStop = container.getLifecycle().getPreStop().getExec().getCommand();
			assertThat(preStop).hasSize(2).first().isEqualTo("sleep");
			long preStopSeconds = Long.parseLong(preStop.get(1));
			String shutdownTimeout = env(container).get("SPRING_LIFECYCLE_TIMEOUT_PER_SHUTDOWN_PHASE");
			assertThat(shutdownTimeout).matches("[0-9]+s");
			long drainSeconds = Long.parseLong(shutdownTimeout.replace("s", ""));
			assertThat(pod.getTerminationGracePeriodSeconds()).isGreaterThan(preStopSeconds + drainSeconds);
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("renderings")
	void selectorsAreStableAndMatchTheirPods(String values, Rendered rendered) {
		for (Deployment deployment : deployments(rendered)) {
			String component = component(deployment);
			Map<String, String> selector = deployment.getSpec().getSelector().getMatchLabels();
			assertThat(selector).containsOnlyKeys("app.kubernetes.io/name", "app.kubernetes.io/instance",
					"app.kubernetes.io/component");
			assertThat(deployment.getSpec().getTemplate().getMetadata().getLabels()).containsAllEntriesOf(selector);
			Service service = rendered.named(Service.class, deployment.getMetadata().getName());
			assertThat(service.getSpec().getSelector()).isEqualTo(selector);
			assertThat(service.getSpec().getPorts()).singleElement()
				.satisfies((port) -> assertThat(port.getTargetPort().getStrVal()).isEqualTo("http"));
			rendered.all(PodDisruptionBudget.class)
				.stream()
				.filter((pdb) -> pdb.getMetadata().getName().equals(deployment.getMetadata().getName()))
				.forEach((pdb) -> assertThat(pdb.getSpec().getSelector().getMatchLabels()).isEqualTo(selector));
			String account = deployment.getSpec().getTemplate().getSpec().getServiceAccountName();
			assertThat(rendered.named(ServiceAccount.class, account).getMetadata().getName())
				.isEqualTo(ScalesWellChart.componentName(component));
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("renderings")
	void autoscalersScaleTwoToSixPodsOnCpu(String values, Rendered rendered) {
		for (HorizontalPodAutoscaler hpa : rendered.all(HorizontalPodAutoscaler.class)) {
			assertThat(hpa.getApiVersion()).isEqualTo("autoscaling/v2");
			assertThat(hpa.getSpec().getMinReplicas()).isEqualTo(2);
			assertThat(hpa.getSpec().getMaxReplicas()).isEqualTo(6);
			assertThat(hpa.getSpec().getMetrics()).singleElement().satisfies((metric) -> {
				assertThat(metric.getResource().getName()).isEqualTo("cpu");
				assertThat(metric.getResource().getTarget().getAverageUtilization()).isBetween(50, 90);
			});
			Deployment target = rendered.named(Deployment.class, hpa.getSpec().getScaleTargetRef().getName());
			assertThat(target.getSpec().getReplicas()).as("an HPA-managed Deployment leaves replicas to the HPA")
				.isNull();
		}
		for (Deployment deployment : deployments(rendered)) {
			boolean autoscaled = rendered.all(HorizontalPodAutoscaler.class)
				.stream()
				.anyMatch((
						hpa) -> hpa.getSpec().getScaleTargetRef().getName().equals(deployment.getMetadata().getName()));
			if (!autoscaled) {
				assertThat(deployment.getSpec().getReplicas()).isGreaterThanOrEqualTo(2);
			}
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("renderings")
	void ingestCallsTheRenderedPredictService(String values, Rendered rendered) {
		Deployment ingest = rendered.named(Deployment.class, ScalesWellChart.componentName("ingest"));
		Service predict = rendered.named(Service.class, ScalesWellChart.componentName("predict"));
		assertThat(env(onlyContainer(ingest.getSpec().getTemplate().getSpec()))).containsEntry("PREDICT_SERVICE_URL",
				"http://" + predict.getMetadata().getName() + ":" + predict.getSpec().getPorts().get(0).getPort());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("renderings")
	void etlCronJobsNeverOverlap(String values, Rendered rendered) {
		for (CronJob cronJob : rendered.all(CronJob.class)) {
			assertThat(cronJob.getSpec().getConcurrencyPolicy()).isEqualTo("Forbid");
			assertThat(cronJob.getSpec().getJobTemplate().getSpec().getActiveDeadlineSeconds()).isPositive();
		}
	}

	static List<Deployment> deployments(Rendered rendered) {
		return rendered.all(Deployment.class);
	}

	static Container onlyContainer(PodSpec pod) {
		assertThat(pod.getContainers()).hasSize(1);
		return pod.getContainers().get(0);
	}

	static Container onlyContainer(CronJob cronJob) {
		return onlyContainer(cronJob.getSpec().getJobTemplate().getSpec().getTemplate().getSpec());
	}

	static Map<String, String> env(Container container) {
		return container.getEnv()
			.stream()
			.filter((variable) -> variable.getValue() != null)
			.collect(Collectors.toMap(EnvVar::getName, EnvVar::getValue));
	}

	static String component(HasMetadata object) {
		return object.getMetadata().getLabels().get("app.kubernetes.io/component");
	}

	private static String httpPath(Probe probe) {
		assertThat(probe).isNotNull();
		return probe.getHttpGet().getPath();
	}

	static Path valuesFile(String name) {
		return ScalesWellChart.DIRECTORY.resolve("ci").resolve(name);
	}

}

package dev.scaleswell.deploy.chart;

import java.util.List;
import java.util.Map;

import dev.scaleswell.deploy.chart.ScalesWellChart.Rendered;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web console as the chart deploys it: a fourth Deployment behind the Ingress, on by
 * default, with its own image, probes, HPA, PDB and network policies.
 */
class ConsoleChartTests {

	private static final String CONSOLE = ScalesWellChart.componentName("console");

	private final Rendered defaults = ScalesWellChart.renderDefaults();

	private final Rendered eks = ScalesWellChart.renderCached(ChartRenderingTests.valuesFile("eks-values.yaml"));

	@Test
	void consoleIsAFourthDeploymentWithItsOwnImageProbesAndTheServicesInCluster() {
		assertThat(this.defaults.all(Deployment.class)).hasSize(4);
		Container container = this.defaults.named(Deployment.class, CONSOLE)
			.getSpec()
			.getTemplate()
			.getSpec()
			.getContainers()
			.getFirst();
		assertThat(container.getImage()).startsWith("scales-well/web-console:");
		assertThat(container.getPorts()).singleElement()
			.satisfies((port) -> assertThat(port.getContainerPort()).isEqualTo(8080));
		assertThat(container.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/readiness");
		assertThat(container.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/liveness");
		assertThat(container.getStartupProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/liveness");
		assertThat(env(container)).containsEntry("INGEST_SERVICE_URL", "http://scales-well-ingest:8081")
			.containsEntry("PREDICT_SERVICE_URL", "http://scales-well-predict:8082")
			.containsEntry("ANALYTICS_SERVICE_URL", "http://scales-well-analytics:8083")
			.containsEntry("SCALESWELL_CONSOLE_SWAGGERUILINKS", "false");
		assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
	}

	@Test
	void consoleHasItsOwnServiceAutoscalerAndDisruptionBudget() {
		Service service = this.defaults.named(Service.class, CONSOLE);
		assertThat(service.getSpec().getSelector()).containsEntry("app.kubernetes.io/component", "console");
		HorizontalPodAutoscaler hpa = this.defaults.named(HorizontalPodAutoscaler.class, CONSOLE);
		assertThat(hpa.getSpec().getMinReplicas()).isEqualTo(2);
		assertThat(hpa.getSpec().getMaxReplicas()).isEqualTo(6);
		assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo(CONSOLE);
		PodDisruptionBudget pdb = this.defaults.named(PodDisruptionBudget.class, CONSOLE);
		assertThat(pdb.getSpec().getMinAvailable().getIntVal()).isEqualTo(1);
	}

	@Test
	void consoleIsReachedFromTheIngressControllerAndReachesReadOnlyServicesWithoutWriteRouting() {
		NetworkPolicy own = this.defaults.named(NetworkPolicy.class, CONSOLE);
		assertThat(own.getSpec().getIngress()).singleElement()
			.satisfies((rule) -> assertThat(rule.getFrom()).anySatisfy((
					peer) -> assertThat(peer.getNamespaceSelector().getMatchLabels().get("kubernetes.io/metadata.name"))
						.isEqualTo("ingress-nginx")));
		assertThat(egressTargets(this.defaults)).containsExactly("predict", "analytics");
		assertThat(admitsConsole(this.defaults, "predict")).isTrue();
		assertThat(admitsConsole(this.defaults, "analytics")).isTrue();
		assertThat(admitsConsole(this.defaults, "ingest")).as("writes closed at the Ingress stay closed").isFalse();
	}

	@Test
	void consoleReachesIngestWhereTheIngressRoutesWrites() {
		Rendered withKeys = ScalesWellChart.render(null,
				Map.of("writeApi.apiKeys.existingSecret", "api-keys", "writeApi.apiKeys.secretKey", "keys"));
		assertThat(egressTargets(withKeys)).containsExactly("ingest", "predict", "analytics");
		assertThat(admitsConsole(withKeys, "ingest")).isTrue();
	}

	@Test
	void ingressRoutesEverythingElseToTheConsoleLast() {
		List<HTTPIngressPath> paths = this.eks.named(Ingress.class, "scales-well")
			.getSpec()
			.getRules()
			.getFirst()
			.getHttp()
			.getPaths();
		assertThat(paths.getLast().getPath()).isEqualTo("/");
		assertThat(paths.getLast().getBackend().getService().getName()).isEqualTo(CONSOLE);
		assertThat(paths.subList(0, paths.size() - 1))
			.noneSatisfy((path) -> assertThat(path.getBackend().getService().getName()).isEqualTo(CONSOLE));
	}

	@Test
	void consoleCanBeTurnedOff() {
		Rendered without = ScalesWellChart.render(null, Map.of("services.console.enabled", "false"));
		assertThat(without.all(Deployment.class)).hasSize(3);
		assertThat(without.all(NetworkPolicy.class))
			.noneSatisfy((policy) -> assertThat(policy.getMetadata().getName()).contains("console"));
		assertThat(admitsConsole(without, "predict")).isFalse();
	}

	private static List<String> egressTargets(Rendered rendered) {
		return rendered.named(NetworkPolicy.class, "scales-well-console-to-services")
			.getSpec()
			.getEgress()
			.stream()
			.flatMap((rule) -> rule.getTo().stream())
			.map((peer) -> peer.getPodSelector().getMatchLabels().get("app.kubernetes.io/component"))
			.toList();
	}

	private static boolean admitsConsole(Rendered rendered, String component) {
		List<NetworkPolicyPeer> peers = rendered.named(NetworkPolicy.class, ScalesWellChart.componentName(component))
			.getSpec()
			.getIngress()
			.getFirst()
			.getFrom();
		return peers.stream()
			.anyMatch((peer) -> peer.getPodSelector() != null
					&& "console".equals(peer.getPodSelector().getMatchLabels().get("app.kubernetes.io/component")));
	}

	private static Map<String, String> env(Container container) {
		return container.getEnv()
			.stream()
			.filter((variable) -> variable.getValue() != null)
			.collect(java.util.stream.Collectors.toMap(EnvVar::getName, EnvVar::getValue, (a, b) -> b));
	}

}

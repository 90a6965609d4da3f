package dev.scaleswell.deploy.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.scaleswell.deploy.RepositoryFiles;
import dev.scaleswell.deploy.chart.ScalesWellChart;
import dev.scaleswell.deploy.chart.ScalesWellChart.Rendered;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the cluster set-up must provide for the chart as production deploys it: resource
 * metrics for the HPAs, nodes for the HPAs' maximum, persistent storage for Prometheus,
 * an Alertmanager receiver, the certificate issuer the Ingress names.
 */
class ClusterSetupTests {

	/**
	 * Allocatable memory of one t3.medium EKS node: 4 GiB less kubelet's reservation (255
	 * MiB + 11 MiB for each of its 17 pods) and the 100 MiB eviction threshold.
	 */
	private static final Map<String, Long> ALLOCATABLE_MEMORY_MIB = Map.of("t3.medium", 4096L - 255 - 11 * 17 - 100);

	private final Rendered production = ScalesWellChart
		.renderWith(List.of(RepositoryFiles.resolve("helm/production-values.yaml")), Map.of());

	private final Map<String, Object> cluster = yaml("k8s/eksctl/cluster.yaml");

	@Test
	void clusterInstallsMetricsServerWhenTheChartAutoscales() {
		assertThat(this.production.all(HorizontalPodAutoscaler.class)).isNotEmpty();
		assertThat(addons()).contains("metrics-server");
	}

	@Test
	@SuppressWarnings("unchecked")
	void nodeGroupGrowsToHoldTheHpaMaximumWithTheEtlAndMonitoring() {
		long requiredMib = 0;
		for (HorizontalPodAutoscaler hpa : this.production.all(HorizontalPodAutoscaler.class)) {
			Deployment target = this.production.named(Deployment.class, hpa.getSpec().getScaleTargetRef().getName());
			requiredMib += hpa.getSpec().getMaxReplicas()
					* memoryMib(container(target.getSpec().getTemplate().getSpec().getContainers()));
		}
		for (CronJob cronJob : this.production.all(CronJob.class)) {
			requiredMib += memoryMib(
					container(cronJob.getSpec().getJobTemplate().getSpec().getTemplate().getSpec().getContainers()));
		}
		Map<String, Object> monitoring = yaml("k8s/monitoring/kube-prometheus-stack-values.yaml");
		requiredMib += requestMib(monitoring, "prometheus", "prometheusSpec");
		requiredMib += requestMib(monitoring, "alertmanager", "alertmanagerSpec");
		assertThat(requiredMib).as("memory requested at the HPAs' maximum").isGreaterThan(9 * 1024);

		Map<String, Object> group = ((List<Map<String, Object>>) this.cluster.get("managedNodeGroups")).get(0);
		long nodeMib = ALLOCATABLE_MEMORY_MIB.get((String) group.get("instanceType"));
		int maxSize = (Integer) group.get("maxSize");
		assertThat(maxSize).isGreaterThan((Integer) group.get("minSize"));
		// one node's worth of headroom for the unrequested system pods and imperfect
		// packing
		assertThat((maxSize - 1) * nodeMib).as("memory of %d nodes but one", maxSize)
			.isGreaterThanOrEqualTo(requiredMib);

		Map<String, Object> autoscaler = yaml("k8s/cluster-autoscaler/values.yaml");
		assertThat(((Map<String, Object>) autoscaler.get("autoDiscovery")).get("clusterName"))
			.isEqualTo(((Map<String, Object>) this.cluster.get("metadata")).get("name"));
		String account = (String) ((Map<String, Object>) ((Map<String, Object>) autoscaler.get("rbac"))
			.get("serviceAccount")).get("name");
		assertThat(serviceAccounts()).anySatisfy((entry) -> {
			assertThat(((Map<String, Object>) entry.get("metadata")).get("name")).isEqualTo(account);
			assertThat(((Map<String, Object>) entry.get("metadata")).get("namespace")).isEqualTo("kube-system");
			assertThat((Map<String, Object>) entry.get("wellKnownPolicies")).containsEntry("autoScaler", true);
		});
	}

	@Test
	@SuppressWarnings("unchecked")
	void prometheusKeepsItsFifteenDaysOnAGp3Volume() {
		assertThat(addons()).contains("aws-ebs-csi-driver");
		Map<String, Object> storageClass = yaml("k8s/storage/gp3-storageclass.yaml");
		assertThat(storageClass).containsEntry("provisioner", "ebs.csi.aws.com")
			.containsEntry("volumeBindingMode", "WaitForFirstConsumer");
		assertThat((Map<String, Object>) storageClass.get("parameters")).containsEntry("type", "gp3");
		Map<String, Object> spec = (Map<String, Object>) ((Map<String, Object>) yaml(
				"k8s/monitoring/kube-prometheus-stack-values.yaml")
			.get("prometheus")).get("prometheusSpec");
		assertThat(spec).containsEntry("retention", "15d");
		Map<String, Object> claim = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) spec
			.get("storageSpec")).get("volumeClaimTemplate")).get("spec");
		assertThat(claim).containsEntry("storageClassName",
				((Map<String, Object>) storageClass.get("metadata")).get("name"));
		String size = (String) ((Map<String, Object>) ((Map<String, Object>) claim.get("resources")).get("requests"))
			.get("storage");
		assertThat(new Quantity(size).getNumericalAmount())
			.isGreaterThanOrEqualTo(new Quantity("20Gi").getNumericalAmount());
	}

	@Test
	@SuppressWarnings("unchecked")
	void alertmanagerSendsAlertsToAReceiverWhoseSecretIsMounted() {
		Map<String, Object> alertmanager = (Map<String, Object>) yaml(
				"k8s/monitoring/kube-prometheus-stack-values.yaml")
			.get("alertmanager");
		Map<String, Object> config = (Map<String, Object>) alertmanager.get("config");
		String receiver = (String) ((Map<String, Object>) config.get("route")).get("receiver");
		Map<String, Object> defaultReceiver = ((List<Map<String, Object>>) config.get("receivers")).stream()
			.filter((candidate) -> receiver.equals(candidate.get("name")))
			.findFirst()
			.orElseThrow();
		List<Map<String, Object>> slack = (List<Map<String, Object>>) defaultReceiver.get("slack_configs");
		assertThat(slack).singleElement().satisfies((target) -> {
			assertThat(target).doesNotContainKey("api_url");
			List<String> secrets = (List<String>) ((Map<String, Object>) alertmanager.get("alertmanagerSpec"))
				.get("secrets");
			assertThat(secrets).anySatisfy((secret) -> assertThat((String) target.get("api_url_file"))
				.startsWith("/etc/alertmanager/secrets/" + secret + "/"));
		});
	}

	@Test
	@SuppressWarnings("unchecked")
	void theIngressCertificateComesFromAnIssuerTheRepositoryDefines() {
		Map<String, Object> ingress = (Map<String, Object>) yaml("helm/production-values.yaml").get("ingress");
		String issuer = ((Map<String, String>) ingress.get("annotations")).get("cert-manager.io/cluster-issuer");
		Map<String, Object> clusterIssuer = yaml("k8s/cert-manager/cluster-issuer.yaml");
		assertThat(clusterIssuer).containsEntry("kind", "ClusterIssuer");
		assertThat(((Map<String, Object>) clusterIssuer.get("metadata")).get("name")).isEqualTo(issuer);
		Map<String, Object> acme = (Map<String, Object>) ((Map<String, Object>) clusterIssuer.get("spec")).get("acme");
		Map<String, Object> solver = ((List<Map<String, Object>>) acme.get("solvers")).get(0);
		assertThat(((Map<String, Object>) ((Map<String, Object>) solver.get("http01")).get("ingress"))
			.get("ingressClassName")).isEqualTo(ingress.get("className"));
	}

	@Test
	@SuppressWarnings("unchecked")
	void productionNetworkSettingsNameTheClusterVpc() {
		String vpc = (String) ((Map<String, Object>) this.cluster.get("vpc")).get("cidr");
		Map<String, Object> values = yaml("helm/production-values.yaml");
		assertThat((List<String>) ((Map<String, Object>) values.get("networkPolicy")).get("vpcEndpointCidrs"))
			.containsExactly(vpc);
		String proxies = (String) ((Map<String, Object>) values.get("forwardedHeaders")).get("internalProxies");
		String prefix = vpc.substring(0, vpc.indexOf(".0.0/16"));
		assertThat(proxies).isEqualTo(prefix.replace(".", "\\.") + "\\.\\d{1,3}\\.\\d{1,3}");
	}

	@SuppressWarnings("unchecked")
	private List<String> addons() {
		return ((List<Map<String, Object>>) this.cluster.get("addons")).stream()
			.map((addon) -> (String) addon.get("name"))
			.toList();
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> serviceAccounts() {
		return new ArrayList<>(
				(List<Map<String, Object>>) ((Map<String, Object>) this.cluster.get("iam")).get("serviceAccounts"));
	}

	private static Container container(List<Container> containers) {
		assertThat(containers).hasSize(1);
		return containers.get(0);
	}

	private static long memoryMib(Container container) {
		return mib(container.getResources().getRequests().get("memory"));
	}

	@SuppressWarnings("unchecked")
	private static long requestMib(Map<String, Object> values, String component, String spec) {
		Map<String, Object> resources = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) values
			.get(component)).get(spec)).get("resources");
		return mib(new Quantity((String) ((Map<String, Object>) resources.get("requests")).get("memory")));
	}

	private static long mib(Quantity quantity) {
		return quantity.getNumericalAmount().longValue() / (1024 * 1024);
	}

	private static Map<String, Object> yaml(String path) {
		return new Yaml().load(RepositoryFiles.read(RepositoryFiles.resolve(path)));
	}

}

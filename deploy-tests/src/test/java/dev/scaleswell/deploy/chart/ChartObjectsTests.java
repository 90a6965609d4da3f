package dev.scaleswell.deploy.chart;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import dev.scaleswell.deploy.RepositoryFiles;
import dev.scaleswell.deploy.chart.ScalesWellChart.Rendered;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The objects of particular renderings: network policies, monitoring objects, IRSA
 * service accounts, the Ingress and the ETL CronJob.
 */
class ChartObjectsTests {

	private static final Map<String, String> RELEASE_PODS = Map.of("app.kubernetes.io/name", "scales-well",
			"app.kubernetes.io/instance", ScalesWellChart.RELEASE);

	private final Rendered defaults = ScalesWellChart.renderDefaults();

	private final Rendered eks = ScalesWellChart.renderCached(ChartRenderingTests.valuesFile("eks-values.yaml"));

	@Test
	void everyPodOfTheReleaseIsDeniedByDefault() {
		NetworkPolicy deny = this.defaults.named(NetworkPolicy.class, "scales-well-default-deny");
		assertThat(deny.getSpec().getPodSelector().getMatchLabels()).isEqualTo(RELEASE_PODS);
		assertThat(deny.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
		assertThat(deny.getSpec().getIngress()).isNullOrEmpty();
		assertThat(deny.getSpec().getEgress()).isNullOrEmpty();
	}

	@Test
	void servicesAreReachedOnlyFromTheIngressControllerPrometheusAndForPredictIngest() {
		for (String component : List.of("ingest", "predict", "analytics")) {
			NetworkPolicy policy = this.defaults.named(NetworkPolicy.class, ScalesWellChart.componentName(component));
			assertThat(policy.getSpec().getPolicyTypes()).containsExactly("Ingress");
			assertThat(policy.getSpec().getPodSelector().getMatchLabels()).containsEntry("app.kubernetes.io/component",
					component);
			assertThat(policy.getSpec().getIngress()).singleElement().satisfies((rule) -> {
				assertThat(rule.getPorts()).extracting((port) -> port.getPort().getStrVal()).containsExactly("http");
				List<String> namespaces = rule.getFrom()
					.stream()
					.filter((peer) -> peer.getNamespaceSelector() != null)
					.map((peer) -> peer.getNamespaceSelector().getMatchLabels().get("kubernetes.io/metadata.name"))
					.toList();
				assertThat(namespaces).containsExactlyInAnyOrder("ingress-nginx", "monitoring");
				List<NetworkPolicyPeer> pods = rule.getFrom()
					.stream()
					.filter((peer) -> peer.getPodSelector() != null)
					.toList();
				// the console's own peer is checked in ConsoleChartTests
				List<String> callers = pods.stream()
					.map((peer) -> peer.getPodSelector().getMatchLabels().get("app.kubernetes.io/component"))
					.filter((caller) -> !caller.equals("console"))
					.toList();
				assertThat(callers).isEqualTo(component.equals("predict") ? List.of("ingest") : List.of());
			});
		}
	}

	@Test
	void podsReachOnlyDnsAndS3AndIngestAlsoPredict() {
		NetworkPolicy egress = this.defaults.named(NetworkPolicy.class, "scales-well-egress-dns-s3");
		assertThat(egress.getSpec().getPodSelector().getMatchLabels()).isEqualTo(RELEASE_PODS);
		assertThat(egress.getSpec().getPolicyTypes()).containsExactly("Egress");
		List<NetworkPolicyEgressRule> rules = egress.getSpec().getEgress();
		assertThat(rules).hasSize(2);
		assertThat(ports(rules.get(0).getPorts())).containsExactlyInAnyOrder("UDP/53", "TCP/53");
		assertThat(rules.get(0).getTo()).singleElement()
			.satisfies(
					(peer) -> assertThat(peer.getPodSelector().getMatchLabels()).containsEntry("k8s-app", "kube-dns"));
		assertThat(ports(rules.get(1).getPorts())).containsExactly("TCP/443");
		assertThat(rules.get(1).getTo()).allSatisfy((peer) -> {
			assertThat(peer.getIpBlock()).isNotNull();
			assertThat(peer.getIpBlock().getExcept()).contains("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16",
					"169.254.0.0/16");
		});

		NetworkPolicy ingestToPredict = this.defaults.named(NetworkPolicy.class, "scales-well-ingest-to-predict");
		assertThat(ingestToPredict.getSpec().getPodSelector().getMatchLabels())
			.containsEntry("app.kubernetes.io/component", "ingest");
		assertThat(ingestToPredict.getSpec().getEgress()).singleElement().satisfies((rule) -> {
			assertThat(ports(rule.getPorts())).containsExactly("TCP/8082");
			assertThat(rule.getTo()).singleElement()
				.satisfies((peer) -> assertThat(peer.getPodSelector().getMatchLabels())
					.containsEntry("app.kubernetes.io/component", "predict"));
		});
		// 9: deny, DNS/S3, one per service and the console, ingest-to-predict,
		// console-to-services, ETL-to-Pushgateway
		assertThat(this.defaults.all(NetworkPolicy.class)).hasSize(9);
	}

	@Test
	void serviceMonitorScrapesTheActuatorEndpointOfEveryService() {
		ServiceMonitor monitor = this.defaults.named(ServiceMonitor.class, "scales-well");
		assertThat(monitor.getMetadata().getLabels()).containsEntry("release", "kube-prometheus-stack");
		assertThat(monitor.getSpec().getSelector().getMatchLabels()).isEqualTo(RELEASE_PODS);
		assertThat(monitor.getSpec().getEndpoints()).singleElement().satisfies((endpoint) -> {
			assertThat(endpoint.getPort()).isEqualTo("http");
			assertThat(endpoint.getPath()).isEqualTo("/actuator/prometheus");
		});
	}

	@Test
	void prometheusRuleCarriesTheRulesOfTheMonitoringDirectory() {
		PrometheusRule rule = this.defaults.named(PrometheusRule.class, "scales-well");
		Path rulesFile = RepositoryFiles.resolve("monitoring/rules/scales-well.rules.yml");
		PrometheusRule expected = new KubernetesSerialization()
			.unmarshal("apiVersion: monitoring.coreos.com/v1\nkind: PrometheusRule\nspec:\n"
					+ RepositoryFiles.read(rulesFile).indent(2), PrometheusRule.class);
		assertThat(rule.getSpec().getGroups()).isNotEmpty().isEqualTo(expected.getSpec().getGroups());
	}

	@Test
	void everyDashboardIsAConfigMapTheGrafanaSidecarPicksUp() {
		List<Path> dashboards = RepositoryFiles.list("monitoring/dashboards", ".json");
		List<ConfigMap> configMaps = this.defaults.all(ConfigMap.class)
			.stream()
			.filter((configMap) -> "1".equals(configMap.getMetadata().getLabels().get("grafana_dashboard")))
			.toList();
		assertThat(configMaps).hasSameSizeAs(dashboards).hasSizeGreaterThanOrEqualTo(4);
		for (Path dashboard : dashboards) {
			String file = dashboard.getFileName().toString();
			assertThat(configMaps).anySatisfy((configMap) -> assertThat(configMap.getData()).containsEntry(file,
					RepositoryFiles.read(dashboard).strip()));
		}
	}

	@Test
	void serviceAccountsCarryTheirIrsaRoleOnlyWhenOneIsSet() {
		for (String component : List.of("ingest", "predict", "analytics", "etl")) {
			ServiceAccount account = this.eks.named(ServiceAccount.class, ScalesWellChart.componentName(component));
			assertThat(account.getMetadata().getAnnotations()).containsEntry("eks.amazonaws.com/role-arn",
					"arn:aws:iam::123456789012:role/scales-well-" + component);
		}
		// the console's account too, which needs no role
		assertThat(this.defaults.all(ServiceAccount.class)).hasSize(5)
			.allSatisfy((account) -> assertThat(account.getMetadata().getAnnotations()).isNullOrEmpty());
	}

	@Test
	void imagesComeFromTheRegistryWithTheTagDefaultingToAppVersion() {
		Deployment ingest = this.eks.named(Deployment.class, "scales-well-ingest");
		assertThat(ingest.getSpec().getTemplate().getSpec().getContainers().get(0).getImage())
			.isEqualTo("123456789012.dkr.ecr.eu-west-1.amazonaws.com/scales-well/ingest-service:1.4.2");
		Deployment predict = this.defaults.named(Deployment.class, "scales-well-predict");
		assertThat(predict.getSpec().getTemplate().getSpec().getContainers().get(0).getImage())
			.isEqualTo("scales-well/predict-service:0.1.0");
	}

	@Test
	void ingressRoutesEachServiceItsPathsOverTls() {
		assertThat(this.defaults.all(Ingress.class)).isEmpty();
		Ingress ingress = this.eks.named(Ingress.class, "scales-well");
		assertThat(ingress.getSpec().getIngressClassName()).isEqualTo("nginx");
		assertThat(ingress.getSpec().getTls()).singleElement()
			.satisfies((tls) -> assertThat(tls.getHosts()).containsExactly("api.scaleswell.dev"));
		assertThat(routes(ingress)).containsEntry("/submit-user-data", "scales-well-ingest")
			.containsEntry("/duel-results", "scales-well-ingest")
			.containsEntry("/duel", "scales-well-predict")
			.containsEntry("/warriors", "scales-well-predict")
			.containsEntry("/analytics", "scales-well-analytics");
	}

	@Test
	void etlCronJobIsTheDefaultSchedulerAndPushesItsMetrics() {
		CronJob cronJob = this.defaults.named(CronJob.class, "scales-well-etl");
		assertThat(cronJob.getSpec().getSchedule()).isEqualTo("*/5 * * * *");
		assertThat(cronJob.getSpec().getSuspend()).isFalse();
		assertThat(cronJob.getSpec().getConcurrencyPolicy()).isEqualTo("Forbid");
		assertThat(cronJob.getSpec().getJobTemplate().getSpec().getBackoffLimit()).isBetween(0, 3);
		var container = cronJob.getSpec().getJobTemplate().getSpec().getTemplate().getSpec().getContainers().get(0);
		assertThat(container.getArgs()).containsExactly("run", "--report", "/tmp/etl-report.json", "--pushgateway",
				"http://prometheus-pushgateway.monitoring:9091");
		assertThat(this.defaults.named(NetworkPolicy.class, "scales-well-etl-to-pushgateway").getSpec().getEgress())
			.singleElement()
			.satisfies((rule) -> assertThat(ports(rule.getPorts())).containsExactly("TCP/9091"));
		CronJob eks = this.eks.named(CronJob.class, "scales-well-etl");
		assertThat(ChartRenderingTests
			.env(eks.getSpec().getJobTemplate().getSpec().getTemplate().getSpec().getContainers().get(0)))
			.containsEntry("S3_BUCKET", "scales-well-lake-prod")
			.containsEntry("AWS_REGION", "eu-west-1");
	}

	/** Compact object headers took about a tenth off curate's CPU (docs/etl.md). */
	@Test
	void etlRunsWithCompactObjectHeaders() {
		Container container = ChartRenderingTests.onlyContainer(this.defaults.named(CronJob.class, "scales-well-etl"));
		assertThat(ChartRenderingTests.env(container)).containsEntry("JAVA_TOOL_OPTIONS",
				"-XX:+UseCompactObjectHeaders");
	}

	/**
	 * The image's root filesystem is read-only: the run report must go to the /tmp
	 * emptyDir.
	 */
	@Test
	void etlRunsWriteTheirReportToTheWritableTmp() {
		var pod = this.defaults.named(CronJob.class, "scales-well-etl")
			.getSpec()
			.getJobTemplate()
			.getSpec()
			.getTemplate()
			.getSpec();
		var container = pod.getContainers().get(0);
		assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
		List<String> args = container.getArgs();
		String report = args.get(args.indexOf("--report") + 1);
		assertThat(container.getVolumeMounts()).anySatisfy((mount) -> {
			assertThat(report).startsWith(mount.getMountPath() + "/");
			assertThat(pod.getVolumes()).anySatisfy((volume) -> {
				assertThat(volume.getName()).isEqualTo(mount.getName());
				assertThat(volume.getEmptyDir()).isNotNull();
			});
		});
	}

	@Test
	void suspendedCronJobIsStartedByTheTriggerGroupOnly() {
		Rendered triggered = ScalesWellChart.render(null,
				Map.of("etl.cronJob.suspend", "true", "etl.trigger.kubernetesGroup", "scales-well-etl-trigger"));
		assertThat(triggered.named(CronJob.class, "scales-well-etl").getSpec().getSuspend()).isTrue();
		Role role = triggered.named(Role.class, "scales-well-etl-trigger");
		assertThat(role.getRules()).extracting((rule) -> rule.getResources() + " " + rule.getVerbs())
			.containsExactlyInAnyOrder("[cronjobs] [get]", "[jobs] [create, get, list, watch]", "[pods] [get, list]",
					"[pods/log] [get]");
		assertThat(role.getRules().get(0).getResourceNames()).containsExactly("scales-well-etl");
		RoleBinding binding = triggered.named(RoleBinding.class, "scales-well-etl-trigger");
		assertThat(binding.getRoleRef().getName()).isEqualTo("scales-well-etl-trigger");
		assertThat(binding.getSubjects()).singleElement().satisfies((subject) -> {
			assertThat(subject.getKind()).isEqualTo("Group");
			assertThat(subject.getName()).isEqualTo("scales-well-etl-trigger");
		});
		assertThat(this.defaults.all(Role.class)).isEmpty();
	}

	@Test
	void podDisruptionBudgetsLetUnhealthyPodsBeEvicted() {
		assertThat(this.defaults.all(PodDisruptionBudget.class)).hasSize(4)
			.allSatisfy((pdb) -> assertThat(pdb.getSpec().getUnhealthyPodEvictionPolicy()).isEqualTo("AlwaysAllow"));
	}

	@Test
	void ingressControllerOutsideThePodNetworkIsAdmittedByCidr() {
		Rendered alb = ScalesWellChart.renderCached(ChartRenderingTests.valuesFile("alb-values.yaml"));
		for (String component : List.of("ingest", "predict", "analytics")) {
			NetworkPolicy policy = alb.named(NetworkPolicy.class, ScalesWellChart.componentName(component));
			List<NetworkPolicyPeer> from = policy.getSpec().getIngress().get(0).getFrom();
			assertThat(from).filteredOn((peer) -> peer.getIpBlock() != null)
				.singleElement()
				.satisfies((peer) -> assertThat(peer.getIpBlock().getCidr()).isEqualTo("10.20.0.0/16"));
			assertThat(from).filteredOn((peer) -> peer.getNamespaceSelector() != null)
				.extracting((peer) -> peer.getNamespaceSelector().getMatchLabels().get("kubernetes.io/metadata.name"))
				.containsExactly("monitoring");
		}
	}

	@Test
	void vpcInterfaceEndpointsAreReachableOn443() {
		Rendered alb = ScalesWellChart.renderCached(ChartRenderingTests.valuesFile("alb-values.yaml"));
		List<NetworkPolicyEgressRule> rules = alb.named(NetworkPolicy.class, "scales-well-egress-dns-s3")
			.getSpec()
			.getEgress();
		assertThat(rules).anySatisfy((rule) -> {
			assertThat(ports(rule.getPorts())).containsExactly("TCP/443");
			assertThat(rule.getTo()).singleElement().satisfies((peer) -> {
				assertThat(peer.getIpBlock().getCidr()).isEqualTo("10.20.0.0/16");
				assertThat(peer.getIpBlock().getExcept()).isNullOrEmpty();
			});
		});
	}

	@Test
	void servicesTakeTheClientAddressFromForwardedHeadersOfTrustedProxiesOnly() {
		Rendered alb = ScalesWellChart.renderCached(ChartRenderingTests.valuesFile("alb-values.yaml"));
		for (Deployment deployment : alb.all(Deployment.class)) {
			Map<String, String> env = ChartRenderingTests
				.env(deployment.getSpec().getTemplate().getSpec().getContainers().get(0));
			assertThat(env).containsEntry("SERVER_FORWARD_HEADERS_STRATEGY", "native");
			// Tomcat's RemoteIpValve matches the proxy's address against this Java
			// pattern
			Pattern proxies = Pattern.compile(env.get("SERVER_TOMCAT_REMOTEIP_INTERNAL_PROXIES"));
			assertThat(proxies.matcher("10.20.37.4").matches()).isTrue();
			assertThat(proxies.matcher("10.21.0.1").matches()).isFalse();
			assertThat(proxies.matcher("203.0.113.7").matches()).isFalse();
		}
		Map<String, String> defaults = ChartRenderingTests
			.env(this.defaults.named(Deployment.class, "scales-well-predict")
				.getSpec()
				.getTemplate()
				.getSpec()
				.getContainers()
				.get(0));
		Pattern privateRanges = Pattern.compile(defaults.get("SERVER_TOMCAT_REMOTEIP_INTERNAL_PROXIES"));
		assertThat(List.of("10.1.2.3", "172.20.0.9", "192.168.4.4"))
			.allMatch((ip) -> privateRanges.matcher(ip).matches());
		assertThat(List.of("172.32.0.1", "8.8.8.8")).noneMatch((ip) -> privateRanges.matcher(ip).matches());
	}

	@Test
	void writePathsAreRoutedThroughTheIngressOnlyWithApiKeys() {
		Rendered withoutKeys = ScalesWellChart.render(null, Map.of("ingress.enabled", "true"));
		assertThat(routes(withoutKeys.named(Ingress.class, "scales-well")))
			.doesNotContainKeys("/submit-user-data", "/duel-results")
			.containsKeys("/duel", "/analytics");
		assertThat(apiKeys(withoutKeys)).isNull();
		Rendered opened = ScalesWellChart.render(null,
				Map.of("ingress.enabled", "true", "writeApi.exposeWithoutApiKeys", "true"));
		assertThat(routes(opened.named(Ingress.class, "scales-well"))).containsKeys("/submit-user-data",
				"/duel-results");
		Rendered withKeys = ScalesWellChart.render(null, Map.of("ingress.enabled", "true",
				"writeApi.apiKeys.existingSecret", "api-keys", "writeApi.apiKeys.secretKey", "keys"));
		assertThat(routes(withKeys.named(Ingress.class, "scales-well"))).containsEntry("/submit-user-data",
				"scales-well-ingest");
		EnvVar keys = apiKeys(withKeys);
		assertThat(keys.getValueFrom().getSecretKeyRef().getName()).isEqualTo("api-keys");
		assertThat(keys.getValueFrom().getSecretKeyRef().getKey()).isEqualTo("keys");
	}

	@Test
	void ingestRateLimitsEachClient() {
		Map<String, String> env = ChartRenderingTests.env(this.defaults.named(Deployment.class, "scales-well-ingest")
			.getSpec()
			.getTemplate()
			.getSpec()
			.getContainers()
			.get(0));
		assertThat(env).containsEntry("SCALESWELL_INGEST_API_RATELIMIT_ENABLED", "true")
			.containsEntry("SCALESWELL_INGEST_API_RATELIMIT_REQUESTSPERSECOND", "200")
			.containsEntry("SCALESWELL_INGEST_API_RATELIMIT_BURST", "400");
	}

	private static EnvVar apiKeys(Rendered rendered) {
		return rendered.named(Deployment.class, "scales-well-ingest")
			.getSpec()
			.getTemplate()
			.getSpec()
			.getContainers()
			.get(0)
			.getEnv()
			.stream()
			.filter((variable) -> variable.getName().equals("SCALESWELL_INGEST_API_APIKEYS"))
			.findFirst()
			.orElse(null);
	}

	private static Map<String, String> routes(Ingress ingress) {
		Map<String, String> routes = new TreeMap<>();
		ingress.getSpec()
			.getRules()
			.get(0)
			.getHttp()
			.getPaths()
			.forEach((path) -> routes.put(path.getPath(), path.getBackend().getService().getName()));
		return routes;
	}

	private static List<String> ports(List<NetworkPolicyPort> ports) {
		return ports.stream().map((port) -> port.getProtocol() + "/" + port.getPort().getValue()).toList();
	}

}

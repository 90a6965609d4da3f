package dev.scaleswell.deploy.ci;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.marcnuri.helm.Helm;
import dev.scaleswell.deploy.RepositoryFiles;
import dev.scaleswell.deploy.chart.ScalesWellChart;
import dev.scaleswell.deploy.chart.ScalesWellChart.Rendered;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chart as release.yml deploys it: the {@code helm upgrade} command is read from the
 * workflow itself (values files, {@code --set}s, flags), its shell variables given sample
 * values, and the chart rendered exactly with those, so a release keeps every production
 * setting and a first install becomes ready by itself.
 */
class ReleaseDeploymentTests {

	private static final String ACCOUNT = "123456789012";

	private static final Map<String, String> VARIABLES = Map.of("account", ACCOUNT, "AWS_REGION", "eu-west-1", "BUCKET",
			"scales-well-lake", "VERSION", "1.2.3", "CLUSTER", "scales-well");

	private static final HelmCommand HELM = HelmCommand.parse(deployScript(), VARIABLES);

	private static final Rendered RELEASE = ScalesWellChart.renderWith(HELM.valuesFiles(), HELM.sets());

	@Test
	void releaseUpgradesAtomicallyWithTheProductionValuesFile() {
		assertThat(HELM.release()).isEqualTo("scales-well");
		assertThat(HELM.chart()).isEqualTo("helm/scales-well");
		assertThat(HELM.namespace()).isEqualTo("scales-well");
		assertThat(HELM.flags()).contains("--install", "--atomic", "--wait", "--timeout=10m");
		assertThat(HELM.valuesFiles()).containsExactly(RepositoryFiles.resolve("helm/production-values.yaml"));
		assertThat(HELM.sets()).containsEntry("version", "1.2.3")
			.containsEntry("image.registry", ACCOUNT + ".dkr.ecr.eu-west-1.amazonaws.com");
	}

	@Test
	void releaseKeepsTheIngressWithTlsFromCertManager() {
		Ingress ingress = RELEASE.named(Ingress.class, "scales-well");
		assertThat(ingress.getSpec().getIngressClassName()).isEqualTo("nginx");
		assertThat(ingress.getMetadata().getAnnotations()).containsKey("cert-manager.io/cluster-issuer");
		assertThat(ingress.getSpec().getTls()).singleElement().satisfies((tls) -> {
			assertThat(tls.getSecretName()).isNotBlank();
			assertThat(tls.getHosts()).containsExactly(ingress.getSpec().getRules().get(0).getHost());
		});
		List<String> paths = ingress.getSpec()
			.getRules()
			.get(0)
			.getHttp()
			.getPaths()
			.stream()
			.map(HTTPIngressPath::getPath)
			.toList();
		assertThat(paths).contains("/submit-user-data", "/duel-results", "/duel", "/analytics");
	}

	@Test
	void releaseRoutesWritesOnlyBecauseIngestRequiresApiKeysFromASecret() {
		Container ingest = container(RELEASE.named(Deployment.class, "scales-well-ingest"));
		EnvVar keys = ingest.getEnv()
			.stream()
			.filter((variable) -> variable.getName().equals("SCALESWELL_INGEST_API_APIKEYS"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("ingest gets no API keys"));
		assertThat(keys.getValue()).isNull();
		assertThat(keys.getValueFrom().getSecretKeyRef().getName()).isEqualTo("scales-well-api-keys");
	}

	@Test
	void releaseKeepsTheEtlCronJobBoundedAndPushingToThePushgateway() {
		CronJob cronJob = RELEASE.named(CronJob.class, "scales-well-etl");
		assertThat(cronJob.getSpec().getSuspend()).isFalse();
		assertThat(cronJob.getSpec().getConcurrencyPolicy()).isEqualTo("Forbid");
		assertThat(cronJob.getSpec().getJobTemplate().getSpec().getActiveDeadlineSeconds()).isBetween(60L, 3600L);
		assertThat(cronJob.getSpec().getJobTemplate().getSpec().getBackoffLimit()).isBetween(0, 3);
		Container etl = cronJob.getSpec().getJobTemplate().getSpec().getTemplate().getSpec().getContainers().get(0);
		assertThat(etl.getImage()).isEqualTo(ACCOUNT + ".dkr.ecr.eu-west-1.amazonaws.com/scales-well/etl-job:1.2.3");
		assertThat(etl.getArgs()).first().isEqualTo("run");
		assertThat(etl.getArgs()).containsSequence("--pushgateway", "http://prometheus-pushgateway.monitoring:9091")
			.doesNotContain("--force");
		assertThat(RELEASE.named(NetworkPolicy.class, "scales-well-etl-to-pushgateway")).isNotNull();
		assertThat(RELEASE.named(PrometheusRule.class, "scales-well").getSpec().getGroups()).isNotEmpty();
	}

	/**
	 * Predict is ready only once a champion exists; Helm judges readiness (--wait) after
	 * pre-install hooks and before post-install ones, so the first run must be a
	 * pre-install hook, which brings its own ServiceAccount (the release's do not exist
	 * yet), created before the Job.
	 */
	@Test
	void firstInstallRunsTheEtlBeforeHelmWaitsForPredict() {
		Rendered withHooks = ScalesWellChart.renderWithHooks(HELM.valuesFiles(), HELM.sets());
		Job job = withHooks.named(Job.class, "scales-well-etl-first-run");
		ServiceAccount account = withHooks.named(ServiceAccount.class, "scales-well-etl-first-run");
		assertThat(hook(job, "")).isEqualTo("pre-install");
		assertThat(hook(account, "")).isEqualTo("pre-install");
		assertThat(Integer.parseInt(hook(account, "-weight"))).isLessThan(Integer.parseInt(hook(job, "-weight")));
		assertThat(hook(job, "-delete-policy")).contains("before-hook-creation");
		assertThat(hook(account, "-delete-policy")).contains("before-hook-creation");
		assertThat(account.getMetadata().getAnnotations()).containsEntry("eks.amazonaws.com/role-arn",
				"arn:aws:iam::" + ACCOUNT + ":role/scales-well-etl-first-run");
		assertThat(job.getSpec().getTemplate().getSpec().getServiceAccountName())
			.isEqualTo(account.getMetadata().getName());
		assertThat(job.getSpec().getActiveDeadlineSeconds()).as("within helm's --timeout 10m").isLessThan(600L);
		Container etl = job.getSpec().getTemplate().getSpec().getContainers().get(0);
		assertThat(etl.getArgs()).first().isEqualTo("run");
		assertThat(etl.getArgs()).doesNotContain("--force");
		assertThat(job.getSpec().getTemplate().getMetadata().getLabels()).containsEntry("app.kubernetes.io/component",
				"etl");
		assertThat(RELEASE.all(Job.class)).as("hooks are not part of the release's manifest").isEmpty();
	}

	@Test
	@SuppressWarnings("unchecked")
	void workflowsInstallTheHelmTheChartIsTestedWith() {
		String embedded = Helm.version().call();
		List<Map<String, Object>> setups = new ArrayList<>();
		for (var file : RepositoryFiles.list(".github/workflows", ".yml")) {
			Map<String, Object> workflow = new Yaml().load(RepositoryFiles.read(file));
			((Map<String, Map<String, Object>>) workflow.get("jobs")).values()
				.forEach((job) -> ((List<Map<String, Object>>) job.getOrDefault("steps", List.of())).stream()
					.filter((step) -> String.valueOf(step.get("uses")).startsWith("azure/setup-helm@"))
					.forEach(setups::add));
		}
		assertThat(setups).isNotEmpty()
			.allSatisfy(
					(step) -> assertThat((Map<String, Object>) step.get("with")).containsEntry("version", embedded));
	}

	private static String hook(io.fabric8.kubernetes.api.model.HasMetadata object, String suffix) {
		return object.getMetadata().getAnnotations().get(ScalesWellChart.HOOK_ANNOTATION_PREFIX + suffix);
	}

	private static Container container(Deployment deployment) {
		return deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
	}

	@SuppressWarnings("unchecked")
	private static String deployScript() {
		Map<String, Object> release = new Yaml()
			.load(RepositoryFiles.read(RepositoryFiles.resolve(".github/workflows/release.yml")));
		Map<String, Object> deploy = ((Map<String, Map<String, Object>>) release.get("jobs")).get("deploy");
		return ((List<Map<String, Object>>) deploy.get("steps")).stream()
			.map((step) -> String.valueOf(step.get("run")))
			.filter((run) -> run.contains("helm upgrade"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("release.yml's deploy job runs no helm upgrade"));
	}

}

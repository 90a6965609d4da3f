package dev.scaleswell.deploy.chart;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.scaleswell.deploy.RepositoryFiles;
import dev.scaleswell.deploy.chart.ScalesWellChart.Rendered;
import dev.scaleswell.deploy.chart.SparkOperatorResources.ApplicationSpec;
import dev.scaleswell.deploy.chart.SparkOperatorResources.ScheduledSpec;
import dev.scaleswell.deploy.container.Dockerfile;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * {@code etl.engine=spark}: the curate step runs on Apache Spark as a
 * ScheduledSparkApplication of the Spark Operator, under the ETL's IRSA role, with the S3
 * environment etl-job gets and S3A on the same role; the CronJob's etl-job then skips
 * curate. With the default engine nothing of Spark is rendered.
 */
class SparkEngineChartTests {

	/** What spark-submit adds for Java 17+ and the executors' JVMs need as well. */
	static final List<String> ADD_OPENS = List.of("--add-opens=java.base/java.lang=ALL-UNNAMED",
			"--add-opens=java.base/java.lang.invoke=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED",
			"--add-opens=java.base/java.util=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
			"--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED");

	private static final String ETL_ACCOUNT = ScalesWellChart.componentName("etl");

	private static final String SPARK = ScalesWellChart.componentName("etl-spark");

	private final Rendered spark = ScalesWellChart.renderCached(ChartRenderingTests.valuesFile("spark-values.yaml"));

	@Test
	void renderWithSparkEngineShouldScheduleTheCurateOnTheEtlScheduleWithoutOverlap() {
		ScheduledSpec scheduled = scheduledSpec(this.spark);
		CronJob cronJob = this.spark.named(CronJob.class, ETL_ACCOUNT);
		assertThat(scheduled.schedule()).isEqualTo(cronJob.getSpec().getSchedule()).isEqualTo("*/5 * * * *");
		assertThat(scheduled.timeZone()).isEqualTo("UTC");
		assertThat(scheduled.concurrencyPolicy()).isEqualTo("Forbid");
		assertThat(scheduled.suspend()).isFalse();
		ApplicationSpec application = scheduled.template();
		assertThat(application.type()).isEqualTo("Java");
		assertThat(application.mode()).isEqualTo("cluster");
		assertThat(application.mainClass()).isEqualTo("dev.scaleswell.spark.SparkEtl");
		assertThat(application.arguments()).containsExactly("curate");
		assertThat(application.restartPolicy().type()).isEqualTo("Never");

		ScheduledSpec offset = scheduledSpec(ScalesWellChart.render(ChartRenderingTests.valuesFile("spark-values.yaml"),
				Map.of("etl.spark.schedule", "2-59/5 * * * *")));
		assertThat(offset.schedule()).isEqualTo("2-59/5 * * * *");
	}

	@Test
	void renderWithSparkEngineShouldRunTheReleasesEtlSparkImage() {
		ApplicationSpec application = scheduledSpec(this.spark).template();
		assertThat(application.image())
			.isEqualTo("123456789012.dkr.ecr.eu-west-1.amazonaws.com/scales-well/etl-spark:1.4.2");
		// what etl-spark/Dockerfile installs and where it puts the jar
		Dockerfile image = Dockerfile.of("etl-spark/Dockerfile", "runtime", "etl-spark");
		assertThat(image.all("ARG")).contains("SPARK_VERSION=" + application.sparkVersion());
		assertThat(application.sparkVersion()).isEqualTo("4.2.0");
		assertThat(application.mainApplicationFile()).startsWith("local://");
		assertThat(image.all("COPY")).contains(
				"etl-spark/target/etl-spark.jar " + application.mainApplicationFile().substring("local://".length()));
	}

	@Test
	void renderWithSparkEngineShouldRunDriverAndExecutorsUnderTheEtlIrsaServiceAccount() {
		ApplicationSpec application = scheduledSpec(this.spark).template();
		assertThat(application.driver().serviceAccount()).isEqualTo(ETL_ACCOUNT);
		assertThat(application.executor().serviceAccount()).isEqualTo(ETL_ACCOUNT);
		assertThat(this.spark.named(ServiceAccount.class, ETL_ACCOUNT).getMetadata().getAnnotations())
			.containsEntry("eks.amazonaws.com/role-arn", "arn:aws:iam::123456789012:role/scales-well-etl");
		// only the driver talks to the Kubernetes API
		assertThat(application.driver().template().getSpec().getAutomountServiceAccountToken()).isTrue();
		assertThat(application.executor().template().getSpec().getAutomountServiceAccountToken()).isFalse();
		Role role = this.spark.named(Role.class, SPARK + "-driver");
		assertThat(role.getRules()).singleElement().satisfies((rule) -> {
			assertThat(rule.getApiGroups()).containsExactly("");
			assertThat(rule.getResources()).containsExactlyInAnyOrder("pods", "services", "configmaps",
					"persistentvolumeclaims");
			assertThat(rule.getVerbs()).contains("create", "get", "list", "watch", "delete");
		});
		RoleBinding binding = this.spark.named(RoleBinding.class, SPARK + "-driver");
		assertThat(binding.getRoleRef().getName()).isEqualTo(role.getMetadata().getName());
		assertThat(binding.getSubjects()).singleElement().satisfies((subject) -> {
			assertThat(subject.getKind()).isEqualTo("ServiceAccount");
			assertThat(subject.getName()).isEqualTo(ETL_ACCOUNT);
			assertThat(subject.getNamespace()).isEqualTo(ScalesWellChart.NAMESPACE);
		});
	}

	@Test
	void renderWithSparkEngineShouldGiveDriverAndExecutorsTheS3EnvironmentOfEtlJob() {
		List<EnvVar> etlJob = s3Env(ChartRenderingTests.onlyContainer(this.spark.named(CronJob.class, ETL_ACCOUNT)));
		assertThat(etlJob).extracting(EnvVar::getName).contains("S3_BUCKET", "AWS_REGION", "SCALESWELL_S3_PATH_STYLE");
		ApplicationSpec application = scheduledSpec(this.spark).template();
		assertThat(s3Env(container(application.driver().template(), "spark-kubernetes-driver"))).isEqualTo(etlJob);
		assertThat(s3Env(container(application.executor().template(), "spark-kubernetes-executor"))).isEqualTo(etlJob);
		assertThat(ChartRenderingTests.env(container(application.driver().template(), "spark-kubernetes-driver")))
			.containsEntry("S3_BUCKET", "scales-well-lake-prod")
			.containsEntry("AWS_REGION", "eu-west-1");
	}

	@Test
	void renderWithSparkEngineShouldGiveS3aTheIrsaWebIdentityCredentials() {
		Map<String, String> sparkConf = scheduledSpec(this.spark).template().sparkConf();
		assertThat(sparkConf)
			.containsEntry("spark.hadoop.fs.s3a.aws.credentials.provider",
					"software.amazon.awssdk.auth.credentials.WebIdentityTokenFileCredentialsProvider")
			.containsEntry("spark.hadoop.fs.s3a.endpoint.region", "eu-west-1")
			.containsEntry("spark.hadoop.fs.s3a.path.style.access", "false")
			.doesNotContainKeys("spark.hadoop.fs.s3a.endpoint", "spark.eventLog.enabled");
	}

	@Test
	void renderWithSparkEngineShouldRunTheJobOnItsOwnAwsSdkNotOnTheBundleS3aBrings() {
		assertThat(scheduledSpec(this.spark).template().sparkConf())
			.containsEntry("spark.driver.userClassPathFirst", "true")
			.containsEntry("spark.executor.userClassPathFirst", "true");
	}

	@Test
	void renderWithSparkEngineAndAnS3CompatibleStoreShouldPointEtlSparkAndS3aAtIt() {
		Rendered local = ScalesWellChart.render(ChartRenderingTests.valuesFile("local-s3-values.yaml"),
				Map.of("etl.engine", "spark"));
		ApplicationSpec application = scheduledSpec(local).template();
		assertThat(application.sparkConf())
			.containsEntry("spark.hadoop.fs.s3a.endpoint", "http://s3proxy.scales-well:9000")
			.containsEntry("spark.hadoop.fs.s3a.path.style.access", "true");
		assertThat(ChartRenderingTests.env(container(application.executor().template(), "spark-kubernetes-executor")))
			.containsEntry("SCALESWELL_S3_ENDPOINT", "http://s3proxy.scales-well:9000")
			.containsEntry("SCALESWELL_S3_PATH_STYLE", "true");
	}

	@Test
	void renderWithSparkEventLogShouldWriteItToTheLakeBucketThroughS3a() {
		Rendered logged = ScalesWellChart.render(ChartRenderingTests.valuesFile("spark-values.yaml"),
				Map.of("etl.spark.eventLog.enabled", "true"));
		assertThat(scheduledSpec(logged).template().sparkConf()).containsEntry("spark.eventLog.enabled", "true")
			.containsEntry("spark.eventLog.dir", "s3a://scales-well-lake-prod/reports/spark-events");
	}

	@Test
	void renderWithSparkEngineShouldGiveDriverAndExecutorsTheJvmOptionsOfSparkSubmit() {
		ApplicationSpec application = scheduledSpec(this.spark).template();
		for (String javaOptions : List.of(application.driver().javaOptions(), application.executor().javaOptions())) {
			assertThat(javaOptions.split(" ")).contains(ADD_OPENS.toArray(String[]::new));
		}
		Rendered tuned = ScalesWellChart.render(ChartRenderingTests.valuesFile("spark-values.yaml"),
				Map.of("etl.spark.javaOpts", "-XX:+UseParallelGC"));
		ApplicationSpec tunedApplication = scheduledSpec(tuned).template();
		assertThat(tunedApplication.executor().javaOptions().split(" ")).contains(ADD_OPENS.toArray(String[]::new))
			.contains("-XX:+UseParallelGC");
	}

	@Test
	void renderWithSparkEngineShouldSizeDriverAndExecutorsFromValues() {
		ApplicationSpec configured = scheduledSpec(this.spark).template();
		assertThat(configured.executor().instances()).isEqualTo(4);
		assertThat(configured.executor().cores()).isEqualTo(2);
		assertThat(configured.executor().coreLimit()).isEqualTo("2");
		assertThat(configured.executor().memory()).isEqualTo("3g");
		ApplicationSpec defaults = scheduledSpec(ScalesWellChart.render(null,
				Map.of("etl.engine", "spark", "networkPolicy.kubernetesApiCidrs[0]", "172.20.0.1/32")))
			.template();
		assertThat(defaults.driver().cores()).isEqualTo(1);
		assertThat(defaults.driver().coreLimit()).isEqualTo("1");
		assertThat(defaults.driver().memory()).isEqualTo("1g");
		assertThat(defaults.executor().instances()).isEqualTo(2);
		assertThat(defaults.executor().cores()).isEqualTo(1);
		assertThat(defaults.executor().memory()).isEqualTo("2g");
	}

	@Test
	void renderWithSparkEngineShouldRunSparkPodsRestrictedWithWritableTmpAndWorkDirectory() {
		ApplicationSpec application = scheduledSpec(this.spark).template();
		Map<PodTemplateSpec, String> templates = Map.of(application.driver().template(), "spark-kubernetes-driver",
				application.executor().template(), "spark-kubernetes-executor");
		templates.forEach((template, containerName) -> {
			assertThat(template.getMetadata().getLabels()).containsEntry("app.kubernetes.io/component", "etl-spark")
				.containsEntry("app.kubernetes.io/name", "scales-well")
				.containsEntry("app.kubernetes.io/instance", ScalesWellChart.RELEASE);
			PodSpec pod = template.getSpec();
			assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
			assertThat(pod.getSecurityContext().getRunAsUser()).isEqualTo(10001L);
			assertThat(pod.getSecurityContext().getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
			Container container = container(template, containerName);
			assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
			assertThat(container.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
			assertThat(container.getSecurityContext().getCapabilities().getDrop()).containsExactly("ALL");
			assertThat(container.getVolumeMounts()).extracting((mount) -> mount.getMountPath())
				.containsExactlyInAnyOrder("/tmp", "/opt/spark/work-dir");
			container.getVolumeMounts()
				.forEach((mount) -> assertThat(pod.getVolumes())
					.anySatisfy((volume) -> assertThat(volume.getName()).isEqualTo(mount.getName()))
					.allSatisfy((volume) -> assertThat(volume.getEmptyDir()).isNotNull()));
		});
	}

	@Test
	void renderWithSparkEngineShouldLetSparkPodsReachEachOtherAndTheDriverTheKubernetesApi() {
		NetworkPolicy between = this.spark.named(NetworkPolicy.class, SPARK);
		Map<String, String> sparkPods = between.getSpec().getPodSelector().getMatchLabels();
		assertThat(sparkPods).containsEntry("app.kubernetes.io/component", "etl-spark");
		assertThat(between.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
		assertThat(between.getSpec().getIngress()).singleElement()
			.satisfies((rule) -> assertThat(rule.getFrom()).singleElement()
				.satisfies((peer) -> assertThat(peer.getPodSelector().getMatchLabels()).isEqualTo(sparkPods)));
		assertThat(between.getSpec().getEgress()).singleElement()
			.satisfies((rule) -> assertThat(rule.getTo()).singleElement()
				.satisfies((peer) -> assertThat(peer.getPodSelector().getMatchLabels()).isEqualTo(sparkPods)));

		NetworkPolicy api = this.spark.named(NetworkPolicy.class, SPARK + "-driver-to-api");
		assertThat(api.getSpec().getPodSelector().getMatchLabels()).containsAllEntriesOf(sparkPods)
			.containsEntry("spark-role", "driver");
		assertThat(api.getSpec().getEgress()).singleElement().satisfies((rule) -> {
			assertThat(rule.getTo()).extracting((peer) -> peer.getIpBlock().getCidr())
				.containsExactly("172.20.0.1/32", "10.20.0.0/16");
			assertThat(rule.getPorts()).singleElement().satisfies((port) -> {
				assertThat(port.getProtocol()).isEqualTo("TCP");
				assertThat(port.getPort().getIntVal()).isEqualTo(443);
			});
		});

		// the release's default deny and its DNS/S3 egress apply to the Spark pods too
		PodTemplateSpec executor = scheduledSpec(this.spark).template().executor().template();
		for (String policy : List.of("scales-well-default-deny", "scales-well-egress-dns-s3")) {
			assertThat(executor.getMetadata().getLabels()).containsAllEntriesOf(
					this.spark.named(NetworkPolicy.class, policy).getSpec().getPodSelector().getMatchLabels());
		}
	}

	@Test
	void renderWithSparkEngineShouldMakeTheCronJobSkipCurateButNotTheFirstRun() {
		CronJob cronJob = this.spark.named(CronJob.class, ETL_ACCOUNT);
		assertThat(
				cronJob.getSpec().getJobTemplate().getSpec().getTemplate().getSpec().getContainers().get(0).getArgs())
			.startsWith("run", "--skip-curate");
		Rendered withHooks = ScalesWellChart
			.renderWithHooks(List.of(ChartRenderingTests.valuesFile("spark-values.yaml")), Map.of());
		Job firstRun = withHooks.named(Job.class, ETL_ACCOUNT + "-first-run");
		assertThat(firstRun.getSpec().getTemplate().getSpec().getContainers().get(0).getArgs())
			.doesNotContain("--skip-curate")
			.startsWith("run");
	}

	/**
	 * The switch adds the Spark objects and changes the CronJob's arguments, nothing
	 * else: with the default engine nothing of Spark is rendered.
	 */
	@Test
	void renderWithSparkEngineShouldAddOnlyTheSparkObjectsAndChangeOnlyTheCronJob() {
		Path eks = ChartRenderingTests.valuesFile("eks-values.yaml");
		Map<String, HasMetadata> jvm = byKindAndName(ScalesWellChart.renderCached(eks));
		Map<String, HasMetadata> spark = byKindAndName(ScalesWellChart.render(eks,
				Map.of("etl.engine", "spark", "networkPolicy.kubernetesApiCidrs[0]", "172.20.0.1/32")));
		assertThat(jvm.keySet()).noneSatisfy((object) -> assertThat(object).contains(SPARK));
		assertThat(spark.keySet()).containsAll(jvm.keySet());
		assertThat(spark.keySet().stream().filter((object) -> !jvm.containsKey(object))).containsExactlyInAnyOrder(
				"ScheduledSparkApplication/" + SPARK, "Role/" + SPARK + "-driver", "RoleBinding/" + SPARK + "-driver",
				"NetworkPolicy/" + SPARK, "NetworkPolicy/" + SPARK + "-driver-to-api");
		List<String> changed = jvm.keySet()
			.stream()
			.filter((object) -> !jvm.get(object).equals(spark.get(object)))
			.toList();
		assertThat(changed).containsExactly("CronJob/" + ETL_ACCOUNT);
		assertThat(args(jvm.get(changed.get(0)))).doesNotContain("--skip-curate");
		assertThat(args(spark.get(changed.get(0)))).startsWith("run", "--skip-curate");
	}

	/**
	 * The set-up steps install the Operator, pinned, watching the release's namespace,
	 * without its own ServiceAccount and Role (the chart brings the ETL's).
	 */
	@Test
	void sparkOperatorIsInstalledPinnedForTheReleaseNamespaceBySetUp() {
		String setUp = RepositoryFiles.read(RepositoryFiles.resolve("docs/deployment.md")).replace("\\\n", " ");
		assertThat(setUp.lines().filter((line) -> line.startsWith("helm upgrade --install spark-operator ")))
			.singleElement()
			.satisfies((install) -> assertThat(install).containsPattern("--version [0-9]+\\.[0-9]+\\.[0-9]+ ")
				.contains("--set 'spark.jobNamespaces={" + ScalesWellChart.NAMESPACE + "}'")
				.contains("--set spark.serviceAccount.create=false", "--set spark.rbac.create=false"));
	}

	@Test
	void renderWithSparkEngineButNoCronJobIsRejected() {
		assertThatIllegalStateException()
			.isThrownBy(() -> ScalesWellChart.render(ChartRenderingTests.valuesFile("spark-values.yaml"),
					Map.of("etl.cronJob.enabled", "false")))
			.withMessageContaining("etl.cronJob.enabled must be true");
	}

	@Test
	void renderWithSparkEngineAndNetworkPoliciesButNoWayToTheKubernetesApiIsRejected() {
		assertThatIllegalStateException().isThrownBy(() -> ScalesWellChart.render(null, Map.of("etl.engine", "spark")))
			.withMessageContaining("networkPolicy.kubernetesApiCidrs");
	}

	@Test
	void renderWithUnknownEngineIsRejected() {
		assertThatIllegalStateException().isThrownBy(() -> ScalesWellChart.render(null, Map.of("etl.engine", "flink")))
			.withMessageContaining("engine");
	}

	static ScheduledSpec scheduledSpec(Rendered rendered) {
		return SparkOperatorResources.scheduledSpec(rendered.named(GenericKubernetesResource.class, SPARK));
	}

	private static Container container(PodTemplateSpec template, String name) {
		assertThat(template.getSpec().getContainers()).singleElement()
			.satisfies((container) -> assertThat(container.getName()).isEqualTo(name));
		return template.getSpec().getContainers().get(0);
	}

	private static Map<String, HasMetadata> byKindAndName(Rendered rendered) {
		return rendered.objects()
			.stream()
			.collect(Collectors.toMap((object) -> object.getKind() + "/" + object.getMetadata().getName(),
					Function.identity()));
	}

	private static List<String> args(HasMetadata cronJob) {
		return ChartRenderingTests.onlyContainer((CronJob) cronJob).getArgs();
	}

	private static List<EnvVar> s3Env(Container container) {
		return container.getEnv()
			.stream()
			.filter((variable) -> variable.getName().startsWith("S3_") || variable.getName().startsWith("AWS_")
					|| variable.getName().startsWith("SCALESWELL_S3_"))
			.toList();
	}

}

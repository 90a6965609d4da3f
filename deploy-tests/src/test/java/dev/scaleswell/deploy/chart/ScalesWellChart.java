package dev.scaleswell.deploy.chart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import dev.scaleswell.deploy.RepositoryFiles;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import org.jspecify.annotations.Nullable;

/**
 * The chart under {@code helm/scales-well}, linted and rendered by the Helm library
 * embedded in helm-java (no helm binary, no cluster), its output parsed into typed
 * Kubernetes objects.
 */
public final class ScalesWellChart {

	static final Path DIRECTORY = RepositoryFiles.resolve("helm/scales-well");

	static final String RELEASE = "scales-well";

	static final String NAMESPACE = "scales-well";

	/** A current EKS version (helm-java otherwise renders for Kubernetes 1.20). */
	static final String KUBE_VERSION = "1.33.0";

	/** Prefix the hook annotations carry in {@link #renderWithHooks}. */
	public static final String HOOK_ANNOTATION_PREFIX = "rendered-hook.scaleswell.dev/hook";

	private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

	private static final Map<String, Rendered> CACHE = new ConcurrentHashMap<>();

	private ScalesWellChart() {
	}

	static LintResult lintStrict() {
		return new Helm(DIRECTORY).lint().strict().call();
	}

	static List<Path> ciValuesFiles() {
		return RepositoryFiles.list("helm/scales-well/ci", "-values.yaml");
	}

	/**
	 * Renders the chart with the defaults, then {@code valuesFile}, then {@code sets}.
	 */
	static Rendered render(@Nullable Path valuesFile, Map<String, String> sets) {
		return render(DIRECTORY, (valuesFile != null) ? List.of(valuesFile) : List.of(), sets);
	}

	/**
	 * Renders the chart with the defaults, then each of {@code valuesFiles} in order,
	 * then {@code sets}: what {@code helm upgrade -f ... --set ...} would apply.
	 */
	public static Rendered renderWith(List<Path> valuesFiles, Map<String, String> sets) {
		return render(DIRECTORY, valuesFiles, sets);
	}

	/**
	 * Renders like {@link #renderWith(List, Map)}, hook objects included: Helm's template
	 * action leaves hooks out of its manifest, so this renders a copy of the chart whose
	 * {@code helm.sh/hook*} annotations are renamed to {@code HOOK_ANNOTATION_PREFIX*}:
	 * the hooks become plain objects that still show their hook settings.
	 */
	public static Rendered renderWithHooks(List<Path> valuesFiles, Map<String, String> sets) {
		Path copy = copyWithVisibleHooks();
		try {
			return render(copy, valuesFiles, sets);
		}
		finally {
			delete(copy);
		}
	}

	private static Rendered render(Path chart, List<Path> valuesFiles, Map<String, String> sets) {
		TemplateCommand template = new Helm(chart).template()
			.withName(RELEASE)
			.withNamespace(NAMESPACE)
			.withKubeVersion(KUBE_VERSION);
		valuesFiles.forEach(template::withValuesFile);
		sets.forEach(template::set);
		return new Rendered(parse(template.call()));
	}

	private static Path copyWithVisibleHooks() {
		try {
			Path copy = Files.createTempDirectory("scales-well-chart");
			try (Stream<Path> files = Files.walk(DIRECTORY, FileVisitOption.FOLLOW_LINKS)) {
				for (Path file : files.toList()) {
					Path target = copy.resolve(DIRECTORY.relativize(file).toString());
					if (Files.isDirectory(file)) {
						Files.createDirectories(target);
					}
					else if (file.toString().endsWith(".yaml") && file.getParent().endsWith("templates")) {
						Files.writeString(target,
								Files.readString(file).replace("helm.sh/hook", HOOK_ANNOTATION_PREFIX));
					}
					else {
						Files.copy(file, target);
					}
				}
			}
			return copy;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void delete(Path directory) {
		try (Stream<Path> files = Files.walk(directory)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static Rendered renderDefaults() {
		return renderCached(null);
	}

	/**
	 * The rendering of the defaults plus {@code valuesFile} (may be {@code null}),
	 * rendered once per test run: many tests read the same rendering.
	 */
	static Rendered renderCached(@Nullable Path valuesFile) {
		return CACHE.computeIfAbsent(String.valueOf(valuesFile), (key) -> render(valuesFile, Map.of()));
	}

	public static String componentName(String component) {
		return RELEASE + "-" + component;
	}

	private static List<HasMetadata> parse(String yaml) {
		List<HasMetadata> objects = new ArrayList<>();
		for (String document : yaml.split("(?m)^---\\s*$")) {
			if (document.lines().allMatch((line) -> line.isBlank() || line.startsWith("#"))) {
				continue;
			}
			objects.add(SERIALIZATION.unmarshal(document, HasMetadata.class));
		}
		return objects;
	}

	/** The objects of one rendering. */
	public record Rendered(List<HasMetadata> objects) {

		public <T extends HasMetadata> List<T> all(Class<T> type) {
			return this.objects.stream().filter(type::isInstance).map(type::cast).toList();
		}

		public <T extends HasMetadata> T named(Class<T> type, String name) {
			return all(type).stream()
				.filter((object) -> name.equals(object.getMetadata().getName()))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " named " + name + " in "
						+ this.objects.stream().map(Rendered::describe).toList()));
		}

		private static String describe(HasMetadata object) {
			return object.getKind() + "/" + object.getMetadata().getName();
		}

	}

}

package dev.scaleswell.deploy.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import org.jspecify.annotations.Nullable;

/**
 * The Spark Operator's resources the chart renders, read strictly. fabric8 has no model
 * of them (they parse as {@link GenericKubernetesResource}), and the API server prunes
 * unknown fields of a custom resource silently, so a misspelt key would be lost without a
 * word. The records name only the fields the chart uses, each checked against the
 * {@code sparkoperator.k8s.io/v1beta2} API of the Spark Operator 2.5
 * ({@code api/v1beta2/*_types.go}); a field the chart starts to use must be added here
 * after checking it there. Pod templates are fabric8's {@link PodTemplateSpec}, so
 * {@link UnknownFields} checks them like any pod.
 */
final class SparkOperatorResources {

	static final String API_VERSION = "sparkoperator.k8s.io/v1beta2";

	static final String SCHEDULED_APPLICATION = "ScheduledSparkApplication";

	private static final JsonMapper STRICT = JsonMapper.builder().build();

	private SparkOperatorResources() {
	}

	static boolean isScheduledApplication(GenericKubernetesResource resource) {
		return API_VERSION.equals(resource.getApiVersion()) && SCHEDULED_APPLICATION.equals(resource.getKind());
	}

	/**
	 * The spec of a rendered ScheduledSparkApplication; fails on a field v1beta2 lacks.
	 */
	static ScheduledSpec scheduledSpec(GenericKubernetesResource resource) {
		if (!isScheduledApplication(resource)) {
			throw new IllegalArgumentException("not a " + SCHEDULED_APPLICATION + ": " + resource.getKind());
		}
		if (!resource.getAdditionalProperties().keySet().equals(Set.of("spec"))) {
			throw new IllegalArgumentException("fields besides spec: " + resource.getAdditionalProperties().keySet());
		}
		return STRICT.convertValue(resource.getAdditionalProperties().get("spec"), ScheduledSpec.class);
	}

	/**
	 * Unknown fields of a custom resource: of a ScheduledSparkApplication, those v1beta2
	 * lacks, then those of its pod templates; of any other kind, every field besides
	 * metadata (no model knows it).
	 */
	static List<String> unknownFields(GenericKubernetesResource resource) {
		if (!isScheduledApplication(resource)) {
			return new ArrayList<>(resource.getAdditionalProperties().keySet());
		}
		ScheduledSpec spec;
		try {
			spec = scheduledSpec(resource);
		}
		catch (IllegalArgumentException ex) {
			if (ex.getCause() instanceof UnrecognizedPropertyException unknown) {
				return List.of(path(unknown));
			}
			throw ex;
		}
		List<String> found = new ArrayList<>();
		ApplicationSpec application = spec.template();
		if (application != null) {
			if (application.driver() != null) {
				templateFields("spec.template.driver.template.", application.driver().template(), found);
			}
			if (application.executor() != null) {
				templateFields("spec.template.executor.template.", application.executor().template(), found);
			}
		}
		return found;
	}

	private static void templateFields(String prefix, @Nullable PodTemplateSpec template, List<String> found) {
		if (template != null) {
			UnknownFields.of(template).forEach((field) -> found.add(prefix + field));
		}
	}

	private static String path(UnrecognizedPropertyException unknown) {
		StringBuilder path = new StringBuilder("spec");
		unknown.getPath().forEach((reference) -> path.append('.').append(reference.getFieldName()));
		return path.toString();
	}

	/** {@code ScheduledSparkApplicationSpec}. */
	record ScheduledSpec(String schedule, String timeZone, String concurrencyPolicy, boolean suspend,
			int successfulRunHistoryLimit, int failedRunHistoryLimit, ApplicationSpec template) {
	}

	/** {@code SparkApplicationSpec}. */
	record ApplicationSpec(String type, String mode, String sparkVersion, String image, String imagePullPolicy,
			@Nullable List<String> imagePullSecrets, String mainClass, String mainApplicationFile,
			List<String> arguments, RestartPolicy restartPolicy, Map<String, String> sparkConf, DriverSpec driver,
			ExecutorSpec executor) {
	}

	/** {@code RestartPolicy}. */
	record RestartPolicy(String type) {
	}

	/**
	 * {@code DriverSpec}: the fields of {@code SparkPodSpec} the chart sets, and its own.
	 */
	record DriverSpec(int cores, String coreLimit, String memory, String serviceAccount, String javaOptions,
			PodTemplateSpec template) {
	}

	/**
	 * {@code ExecutorSpec}: the fields of {@code SparkPodSpec} the chart sets, and its
	 * own.
	 */
	record ExecutorSpec(int instances, int cores, String coreLimit, String memory, String serviceAccount,
			String javaOptions, PodTemplateSpec template) {
	}

}

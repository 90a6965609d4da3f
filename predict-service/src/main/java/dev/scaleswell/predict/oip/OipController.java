package dev.scaleswell.predict.oip;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import dev.scaleswell.model.duel.FeatureEncoder;
import dev.scaleswell.model.validation.FieldViolation;
import dev.scaleswell.predict.directory.DirectoryHolder;
import dev.scaleswell.predict.model.ModelHolder;
import dev.scaleswell.predict.model.ServingModel;
import dev.scaleswell.predict.model.ServingModels;
import dev.scaleswell.service.problem.ProblemType;
import dev.scaleswell.predict.system.NotReady;
import dev.scaleswell.service.problem.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Open Inference Protocol (KServe v2 REST) for the one model {@code duel}: the input
 * tensor is the feature rows {@link FeatureEncoder} produces for (warrior a, warrior b),
 * the output P(a wins) per row. The champion answers unless a request names a version.
 */
@RestController
@RequestMapping(path = "/v2", produces = MediaType.APPLICATION_JSON_VALUE)
class OipController {

	static final String MODEL = "duel";

	static final int MAX_ROWS = 1024;

	private static final List<String> DATATYPES = List.of("FP64", "FP32");

	private final ModelHolder models;

	private final DirectoryHolder directory;

	private final int features = FeatureEncoder.featureNames().size();

	OipController(ModelHolder models, DirectoryHolder directory) {
		this.models = models;
		this.directory = directory;
	}

	@GetMapping
	@Operation(summary = "OIP server metadata")
	Map<String, Object> server() {
		return Map.of("name", "scaleswell-predict", "version", "2", "extensions", List.of());
	}

	@GetMapping("/health/live")
	@Operation(summary = "OIP liveness: the process answers")
	Map<String, Object> live() {
		return Map.of("live", true);
	}

	@GetMapping("/health/ready")
	@Operation(summary = "OIP readiness: a champion and the warrior directory are loaded (503 otherwise)")
	Map<String, Object> ready() {
		if (this.models.current().champion() == null || !this.directory.ready()) {
			throw new ProblemException(ProblemType.NOT_READY,
					"the champion model or the warrior directory is not loaded");
		}
		return Map.of("ready", true);
	}

	@GetMapping("/models/{name}")
	@Operation(summary = "OIP model metadata: the feature tensor and the versions serving")
	ModelMetadata metadata(@PathVariable String name) {
		ServingModels serving = serving(name);
		List<String> versions = new ArrayList<>(2);
		for (ServingModel model : new ServingModel[] { serving.champion(), serving.challenger() }) {
			if (model != null && !versions.contains(model.version())) {
				versions.add(model.version());
			}
		}
		return new ModelMetadata(MODEL, versions, "smile_randomforest",
				List.of(new ModelMetadata.TensorMetadata("features", "FP64", List.of(-1, this.features))),
				List.of(new ModelMetadata.TensorMetadata("probability", "FP64", List.of(-1, 1))),
				Map.of("feature_names", FeatureEncoder.featureNames(), "feature_schema_version",
						FeatureEncoder.SCHEMA_VERSION));
	}

	@GetMapping("/models/{name}/ready")
	@Operation(summary = "OIP model readiness")
	Map<String, Object> modelReady(@PathVariable String name) {
		if (serving(name).champion() == null) {
			throw NotReady.noModelYet();
		}
		return Map.of("name", MODEL, "ready", true);
	}

	@PostMapping(path = "/models/{name}/infer", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "OIP inference by the champion")
	InferenceResponse infer(@PathVariable String name, @RequestBody InferenceRequest request) {
		ServingModels serving = serving(name);
		double[][] rows = rows(request);
		if (serving.champion() == null) {
			throw NotReady.noModelYet();
		}
		return infer(serving.champion(), rows, request.id());
	}

	@PostMapping(path = "/models/{name}/versions/{version}/infer", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "OIP inference by a serving version (champion or challenger)")
	InferenceResponse infer(@PathVariable String name, @PathVariable String version,
			@RequestBody InferenceRequest request) {
		ServingModels serving = serving(name);
		double[][] rows = rows(request);
		for (ServingModel model : new ServingModel[] { serving.champion(), serving.challenger() }) {
			if (model != null && model.version().equals(version)) {
				return infer(model, rows, request.id());
			}
		}
		throw new ProblemException(ProblemType.UNKNOWN_MODEL, "version '" + abbreviate(version)
				+ "' of model duel is not serving; GET /v2/models/duel lists the versions that are");
	}

	private InferenceResponse infer(ServingModel model, double[][] rows, @Nullable String id) {
		double[] out = new double[rows.length];
		for (int i = 0; i < rows.length; i++) {
			out[i] = model.probability(rows[i]);
		}
		return new InferenceResponse(MODEL, model.version(), id,
				List.of(new InferenceResponse.Output("probability", List.of(rows.length, 1), "FP64", out)));
	}

	private double[][] rows(InferenceRequest request) {
		List<FieldViolation> violations = new ArrayList<>();
		List<InferenceRequest.Tensor> inputs = request.inputs();
		if (inputs == null || inputs.size() != 1) {
			throw invalid("inputs", "inputs must hold exactly one tensor, the encoded features");
		}
		InferenceRequest.Tensor tensor = inputs.getFirst();
		if (tensor == null) {
			throw invalid("inputs[0]", "inputs[0] must be a tensor object");
		}
		if (tensor.datatype() == null || !DATATYPES.contains(tensor.datatype())) {
			violations.add(new FieldViolation("inputs[0].datatype", "inputs[0].datatype must be FP64 or FP32"));
		}
		List<Long> shape = tensor.shape();
		// JSON null, and blank strings Jackson coerces to null, are not dimensions
		boolean twoDimensions = shape != null && shape.size() == 2 && !shape.contains(null);
		long rows = twoDimensions ? shape.getFirst() : -1;
		if (!twoDimensions || rows < 1 || rows > MAX_ROWS || shape.get(1) != this.features) {
			violations.add(new FieldViolation("inputs[0].shape", "inputs[0].shape must be [n, " + this.features
					+ "] with 1 <= n <= " + MAX_ROWS + " (one row of encoded features per duel)"));
		}
		if (!violations.isEmpty()) {
			throw new ProblemException(ProblemType.invalid(violations));
		}
		double[] flat = new double[(int) rows * this.features];
		int filled = flatten(tensor.data(), flat, 0);
		if (filled != flat.length) {
			throw invalid("inputs[0].data",
					"inputs[0].data must hold " + flat.length + " finite numbers for shape " + shape);
		}
		double[][] result = new double[(int) rows][];
		for (int i = 0; i < rows; i++) {
			result[i] = Arrays.copyOfRange(flat, i * this.features, (i + 1) * this.features);
		}
		return result;
	}

	/**
	 * Copies the numbers of a flat or nested array into {@code into}; -1 if not all
	 * finite numbers or too many.
	 */
	private static int flatten(@Nullable JsonNode node, double[] into, int at) {
		if (node == null || !node.isArray()) {
			return -1;
		}
		int position = at;
		for (JsonNode element : node) {
			if (element.isArray()) {
				position = flatten(element, into, position);
				if (position < 0) {
					return -1;
				}
			}
			else if (element.isNumber() && position < into.length && Double.isFinite(element.doubleValue())) {
				into[position++] = element.doubleValue();
			}
			else {
				return -1;
			}
		}
		return position;
	}

	private ServingModels serving(String name) {
		if (!MODEL.equals(name)) {
			throw new ProblemException(ProblemType.UNKNOWN_MODEL,
					"no model named '" + abbreviate(name) + "'; this server serves 'duel'");
		}
		return this.models.current();
	}

	private static ProblemException invalid(String field, String message) {
		return new ProblemException(ProblemType.invalid(List.of(new FieldViolation(field, message))));
	}

	private static String abbreviate(String value) {
		return (value.length() <= 64) ? value : value.substring(0, 64) + "...";
	}

}

package dev.scaleswell.predict.oip;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * An Open Inference Protocol inference request: one input tensor of encoded duel
 * features, {@code shape [n, featureCount]}, {@code datatype FP64} (or FP32), data flat
 * in row-major order or nested by row.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record InferenceRequest(@Nullable String id, @Nullable List<Tensor> inputs) {

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Tensor(@Nullable String name, @Nullable List<Long> shape, @Nullable String datatype,
			@Nullable JsonNode data) {
	}

}

package dev.scaleswell.predict.oip;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * An Open Inference Protocol inference response: one output tensor {@code probability},
 * {@code shape [n, 1]}, P(first warrior of each row wins).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record InferenceResponse(@JsonProperty("model_name") String modelName,
		@JsonProperty("model_version") String modelVersion, @Nullable String id, List<Output> outputs) {

	record Output(String name, List<Integer> shape, String datatype, double[] data) {
	}

}

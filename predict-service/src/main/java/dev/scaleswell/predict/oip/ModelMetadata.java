package dev.scaleswell.predict.oip;

import java.util.List;
import java.util.Map;

/** Open Inference Protocol model metadata. */
record ModelMetadata(String name, List<String> versions, String platform, List<TensorMetadata> inputs,
		List<TensorMetadata> outputs, Map<String, Object> parameters) {

	record TensorMetadata(String name, String datatype, List<Integer> shape) {
	}

}

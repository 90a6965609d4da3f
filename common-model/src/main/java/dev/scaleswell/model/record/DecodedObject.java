package dev.scaleswell.model.record;

import java.util.List;

/**
 * What one raw object held: the records that decoded and validated, and the lines that
 * did not.
 */
public record DecodedObject(List<LakeRecord> records, List<LineError> errors) {

	public DecodedObject {
		records = List.copyOf(records);
		errors = List.copyOf(errors);
	}

}

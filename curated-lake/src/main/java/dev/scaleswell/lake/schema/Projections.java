package dev.scaleswell.lake.schema;

import java.util.Arrays;
import java.util.List;

import org.apache.avro.Schema;

/**
 * Column projections of the curated schemas: a reader that asks only for the columns it
 * uses decodes only those.
 */
public final class Projections {

	private Projections() {
	}

	/** {@code schema} with only {@code fields}, under the same record name. */
	public static Schema of(Schema schema, String... fields) {
		List<Schema.Field> kept = Arrays.stream(fields).map((name) -> {
			Schema.Field field = schema.getField(name);
			if (field == null) {
				throw new IllegalArgumentException(schema.getName() + " has no field " + name);
			}
			return new Schema.Field(field, field.schema());
		}).toList();
		return Schema.createRecord(schema.getName(), schema.getDoc(), schema.getNamespace(), false, kept);
	}

}

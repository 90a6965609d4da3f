package dev.scaleswell.etl.lake;

import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;

/**
 * The Avro schemas of the curated Parquet files (documented in {@code docs/etl.md}).
 * Every file carries its schema in the footer, so Avro readers see these record names.
 */
public final class CuratedSchemas {

	private static final String NAMESPACE = "dev.scaleswell.curated";

	private static final Schema TIMESTAMP = LogicalTypes.timestampMillis().addToSchema(Schema.create(Schema.Type.LONG));

	private static final Schema OPTIONAL_TIMESTAMP = Schema.createUnion(Schema.create(Schema.Type.NULL), TIMESTAMP);

	public static final Schema SUBMISSION = SchemaBuilder.record("Submission")
		.namespace(NAMESPACE)
		.doc("A valid warrior submission, once per record id")
		.fields()
		.requiredString("id")
		.name("received_at")
		.type(TIMESTAMP)
		.noDefault()
		.requiredString("name")
		.requiredString("identity_key")
		.requiredInt("age")
		.requiredString("hero")
		.requiredString("source_key")
		.endRecord();

	public static final Schema DUEL_RESULT = SchemaBuilder.record("DuelResult")
		.namespace(NAMESPACE)
		.doc("A valid recorded duel, once per record id")
		.fields()
		.requiredString("id")
		.name("received_at")
		.type(TIMESTAMP)
		.noDefault()
		.name("occurred_at")
		.type(OPTIONAL_TIMESTAMP)
		.withDefault(null)
		.requiredString("name1")
		.requiredString("name2")
		.requiredString("winner")
		.requiredString("key1")
		.requiredString("key2")
		.requiredString("winner_key")
		.requiredString("source_key")
		.endRecord();

	public static final Schema USER = SchemaBuilder.record("User")
		.namespace(NAMESPACE)
		.doc("The latest profile of one identity key")
		.fields()
		.requiredString("identity_key")
		.requiredString("name")
		.requiredInt("age")
		.requiredString("hero")
		.requiredInt("submissions")
		.name("first_seen")
		.type(TIMESTAMP)
		.noDefault()
		.name("last_seen")
		.type(TIMESTAMP)
		.noDefault()
		.optionalDouble("rating")
		.endRecord();

	private CuratedSchemas() {
	}

}
